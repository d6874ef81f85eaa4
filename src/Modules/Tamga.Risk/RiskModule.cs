using System.CommandLine;
using System.Globalization;
using System.Reflection;

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Platform.Modules;
using Tamga.Platform.Organisation;
using Tamga.Platform.Outbox;
using Tamga.Platform.Persistence;
using Tamga.Platform.Web;
using Tamga.Risk.Aeo;
using Tamga.Risk.Alerts;
using Tamga.Risk.Capacity;
using Tamga.Risk.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Feedback;
using Tamga.Risk.HitRates;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;
using Tamga.Risk.Benchmark;
using Tamga.Risk.Scoring;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk;

/// <summary>
/// Risk management: explicit rules and a scoring model learnt from past control results decide the channel of
/// each declaration (it implements the declarations module's risk port).
/// </summary>
public sealed class RiskModule : ITamgaModule
{
    /// <summary>The declarations module's criteria, kept in force until rules are configured under Modules:Risk.</summary>
    private const string DeclarationsCriteria = "Modules:Declarations:Selectivity";

    public string Name => "risk";

    public Assembly? PagesAssembly => typeof(RiskModule).Assembly;

    public IEnumerable<NavigationLink> Navigation =>
    [
        new(ProfilePages.Profiles, "Nav.Profiles") { Resources = typeof(RiskResource), Roles = [Roles.Analyst, Roles.Supervisor], Order = 300, DescriptionKey = "Nav.ProfilesDescription" },
        new(PartyEndpoints.PartiesPage, "Nav.Parties") { Resources = typeof(RiskResource), Roles = [Roles.Analyst, Roles.Supervisor, Roles.Officer], Order = 301, DescriptionKey = "Nav.PartiesDescription" },
        new(HitRateEndpoints.HitRatesPage, "Nav.HitRates") { Resources = typeof(RiskResource), Roles = [Roles.Analyst, Roles.Supervisor], Order = 302, DescriptionKey = "Nav.HitRatesDescription" },
        new(AeoEndpoints.AeoPage, "Nav.Aeo") { Resources = typeof(RiskResource), Roles = [Roles.Analyst, Roles.Supervisor], Order = 304, DescriptionKey = "Nav.AeoDescription" },
        new(AlertEndpoints.AlertsPage, "Nav.Alerts") { Resources = typeof(RiskResource), Roles = [Roles.Analyst, Roles.Supervisor], Order = 303, DescriptionKey = "Nav.AlertsDescription" },
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RiskOptions>().Bind(configuration.GetSection(RiskOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.YellowScore <= o.RedScore, "YellowScore is at most RedScore.").ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var rules = sp.GetRequiredService<IOptions<RiskOptions>>().Value.Rules;
            if (rules.Count == 0)
            {
                rules = configuration.GetSection(DeclarationsCriteria).Get<List<RiskRule>>() ?? [];
            }

            return new ExplicitRules(rules);
        });
        services.AddSingleton<RiskModelStore>();
        services.AddSingleton<ModelInstaller>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelInstaller>());
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<RiskOptions>>().Value;
            return new ValuationHistory(
                new ValuationSettings(settings.ValuationMinimumHistory, settings.ValuationFlagBelowDeviations, settings.ValuationImporterMinimumHistory, settings.ValuationWindow, settings.ValuationMaximumImporterKeys),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<PartyStore>());
        });
        services.AddModuleDatabase<RiskDbContext, SqliteRiskDbContext, PostgresRiskDbContext>(RiskDbContext.Tables);
        services.AddSingleton<ActiveProfiles>();
        services.AddSingleton<PartyStore>();
        services.AddHostedService(sp => sp.GetRequiredService<PartyStore>());
        services.AddSingleton<PartyRegistry>();
        services.AddSingleton<AeoRegister>();
        services.AddSingleton<CapacityLedger>();
        services.AddScoped<AlertDesk>();
        services.AddScoped<HitRateReport>();
        services.AddScoped<ProfileWorkflow>();
        services.AddIntegrationEvent<RiskCriteriaChanged>();
        services.AddScoped<TrainingSet>();
        services.AddIntegrationEventHandler<ControlResultRecorded, RecordControlResult>();

        // Registered after the declarations module: this implementation of its port wins.
        services.AddScoped<IRiskAssessment, RiskAssessment>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ProfileEndpoints.Map(endpoints);
        FeedbackEndpoints.Map(endpoints);
        PartyEndpoints.Map(endpoints);
        OffenceEndpoints.Map(endpoints);
        HitRateEndpoints.Map(endpoints);
        AeoEndpoints.Map(endpoints);
        CapacityEndpoints.Map(endpoints);
        AlertEndpoints.Map(endpoints);
    }

    /// <summary>Loads the scoring model and the profiles in force before the host serves, so that a broken model file is reported at once.</summary>
    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<RiskModelStore>().Current;
        await services.GetRequiredService<ActiveProfiles>().LoadAsync(cancellationToken);
        await services.GetRequiredService<PartyRegistry>().LoadAsync(services.GetRequiredService<IServiceScopeFactory>(), cancellationToken);
        await services.GetRequiredService<ValuationHistory>().LoadAsync(services.GetRequiredService<IServiceScopeFactory>(), cancellationToken);
        await services.GetRequiredService<AeoRegister>().LoadAsync(cancellationToken);
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await services.GetRequiredService<CapacityLedger>().LoadAsync(today, cancellationToken);
    }

    public IEnumerable<Command> Commands(CommandHost host)
    {
        yield return new Command("risk", "Risk scoring: train a model, measure it") { BenchCommand(), TrainCommand(host), SimulateCommand() };
    }

    private static Command BenchCommand()
    {
        var train = new Option<FileInfo>("--train") { Description = "CSV of past control results to train on (KCS layout)", Required = true };
        var valid = new Option<FileInfo>("--valid") { Description = "CSV of the following period: development figures, then added to the training history", Required = true };
        var test = new Option<FileInfo>("--test") { Description = "CSV of a later period the model never sees: the figures printed last", Required = true };
        var seed = new Option<int?>("--seed") { Description = "Seed (default: the production seed)" };
        var iterations = new Option<int?>("--iterations") { Description = "Boosting iterations (default: the production setting)" };
        var threads = new Option<int?>("--threads") { Description = "Training threads (default: the production setting)" };
        var command = new Command("bench", "Trains the scorer as production does and prints precision/recall at 1, 2, 5, 10% and AUC as JSON on the last line")
        {
            train, valid, test, seed, iterations, threads,
        };
        command.SetAction(result =>
        {
            var options = new RiskTrainingOptions();
            if (result.GetValue(seed) is { } s)
            {
                options = options with { Seed = s };
            }

            if (result.GetValue(iterations) is { } n)
            {
                options = options with { Iterations = n };
            }

            if (result.GetValue(threads) is { } t)
            {
                options = options with { Threads = t };
            }

            return RiskBench.Run(result.GetValue(train)!, result.GetValue(valid)!, result.GetValue(test)!, options, TimeProvider.System, Console.Out, Console.Error);
        });
        return command;
    }

    private static Command SimulateCommand()
    {
        var data = new Option<FileInfo[]>("--data") { Description = "CSV files of declarations with their results (KCS layout)", Required = true, AllowMultipleArgumentsPerToken = true };
        var start = new Option<DateOnly>("--start") { Description = "First simulated week (earlier rows are the labelled starting history)", DefaultValueFactory = _ => new DateOnly(2020, 10, 1) };
        var budget = new Option<double>("--budget") { Description = "Inspection budget, percent of each week's declarations", DefaultValueFactory = _ => 10 };
        var exploration = new Option<double>("--exploration") { Description = "Share of the budget spent on exploration, percent (run also without)", DefaultValueFactory = _ => 10 };
        var mode = new Option<string>("--exploration-mode") { Description = "random, uncertainty, or all (default: without exploration, then random, then uncertainty)", DefaultValueFactory = _ => "all" };
        mode.AcceptOnlyFromAmong("all", "random", "uncertainty");
        var historyFrom = new Option<DateOnly?>("--history-from") { Description = "Starting history only from this date (a short history: the simulated weeks meet goods and traders never controlled)" };
        var iterations = new Option<int?>("--iterations") { Description = "Boosting iterations of the weekly retraining (default: the production setting)" };
        var command = new Command("simulate", "Replays the data week by week: retrain weekly on inspected declarations only, without exploration, with random exploration and with uncertainty exploration")
        {
            data, start, budget, exploration, mode, historyFrom, iterations,
        };
        command.SetAction(result =>
        {
            var rows = result.GetValue(data)!.SelectMany(f => RiskRecordCsv.Read(f.FullName)).ToList();
            var options = new RiskTrainingOptions();
            if (result.GetValue(iterations) is { } n)
            {
                options = options with { Iterations = n };
            }

            var share = result.GetValue(exploration);
            var runs = new List<(double Share, ExplorationMode Mode)> { (0, ExplorationMode.Random) };
            if (share > 0)
            {
                var chosen = result.GetValue(mode);
                if (chosen is "all" or "random")
                {
                    runs.Add((share, ExplorationMode.Random));
                }

                if (chosen is "all" or "uncertainty")
                {
                    runs.Add((share, ExplorationMode.Uncertainty));
                }
            }

            var outcomes = runs.Select(run =>
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulation with {run.Share}% exploration ({run.Mode.ToString().ToLowerInvariant()})"));
                return OnlineSimulation.Run(rows, result.GetValue(start), result.GetValue(budget), run.Share, options, line => Console.Error.WriteLine("  " + line), run.Mode, result.GetValue(historyFrom));
            }).ToList();
            foreach (var outcome in outcomes)
            {
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"exploration {outcome.Label}: {outcome.Weeks.Count} weeks, precision of inspections {outcome.Precision:0.000}, frauds found {outcome.Recall:0.000}, first/last 4 weeks precision {Precision(outcome.Weeks.Take(4)):0.000}/{Precision(outcome.Weeks.TakeLast(4)):0.000}, precision of exploratory inspections {outcome.ExplorationPrecision:0.000}"));
            }

            return 0;
        });
        return command;
    }

    private static double Precision(IEnumerable<OnlineSimulation.Week> weeks)
    {
        var list = weeks.ToList();
        return list.Sum(w => w.Inspected) == 0 ? 0 : (double)list.Sum(w => w.Found) / list.Sum(w => w.Inspected);
    }

    private static Command TrainCommand(CommandHost host)
    {
        var data = new Option<FileInfo[]>("--data") { Description = "CSV files of past control results (KCS layout); repeat for several", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("train", "Trains a scoring model on past control results (the files, and the control results recorded in Tamga) and installs it as a new version in the model directory") { data };
        command.SetAction(async (result, cancellationToken) =>
        {
            var files = result.GetValue(data)!.Select(f => f.FullName).ToList();
            var services = await host.StartAsync(cancellationToken);
            List<RiskRecord> rows;
            await using (var scope = services.CreateAsyncScope())
            {
                rows = await scope.ServiceProvider.GetRequiredService<TrainingSet>().HistoryAsync(files, cancellationToken);
                Console.Error.WriteLine($"{rows.Count} labelled goods items: the files and the control results recorded in Tamga");
            }

            var model = RiskTrainer.Train(rows, new RiskTrainingOptions(), TimeProvider.System, line => Console.Error.WriteLine(line));
            var store = services.GetRequiredService<RiskModelStore>();
            var path = model.Save(store.Directory);
            store.Reload();
            Console.WriteLine($"Model {model.Version} saved to {path}");
            return 0;
        });
        return command;
    }
}