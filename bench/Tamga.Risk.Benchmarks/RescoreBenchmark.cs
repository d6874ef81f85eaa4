using System.Diagnostics;
using System.Globalization;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Platform;
using Tamga.Risk;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;
using Tamga.Risk.Selectivity;

/// <summary>
/// Re-scoring and re-routing of the open declarations after a profile change, in process: what the Risk module
/// does for each declaration the declarations module hands it through the risk port (rules, profiles in force,
/// party registry and history, valuation history, model score with its explanation), and the re-routing decision
/// (escalate when the new channel is higher). Not included: reading the open declarations from the database,
/// reading their stored JSON back into facts, and writing the escalations (declarations module).
/// </summary>
internal static class RescoreBenchmark
{
    public static void Run(string root, string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var data = Path.Combine(root, "tests", "data", "customs-fraud", "kcs-synthetic-import-declarations");
        var train = RiskRecordCsv.Read(Path.Combine(data, "df_syn_train_eng.csv"));
        var rows = RiskRecordCsv.Read(Path.Combine(data, "df_syn_valid_eng.csv"));
        var model = RiskTrainer.Train(train, new RiskTrainingOptions(), TimeProvider.System, line => Console.Error.WriteLine(line));
        var folder = Directory.CreateTempSubdirectory("tamga-risk-rescore-").FullName;
        try
        {
            model.Save(folder);
            var options = Options.Create(new RiskOptions { ModelDirectory = folder });
            var models = new RiskModelStore(options, Options.Create(new TamgaOptions()), NullLogger<RiskModelStore>.Instance);
            var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
            var profiles = new ActiveProfiles(scopes, TimeProvider.System);
            var store = new PartyStore(scopes, NullLogger<PartyStore>.Instance);
            var registry = new PartyRegistry(store, TimeProvider.System);
            var assessment = new RiskAssessment(
                new ExplicitRules([new RiskRule { Name = "Arms and ammunition", Channel = Channel.Red, CommodityPrefixes = ["93"], Reason = "HS chapter 93" }]),
                profiles,
                new ValuationHistory(options.Value.ValuationMinimumHistory, options.Value.ValuationFlagBelowDeviations, TimeProvider.System),
                models,
                registry,
                store,
                options,
                TimeProvider.System);

            // The open declarations' facts: the KCS rows over and over, each a declaration of its own, with named parties.
            var open = Enumerable.Range(0, count).Select(i => Facts(rows[i % rows.Count], i)).ToList();
            var watch = Stopwatch.StartNew();
            var channels = open.Select(f => assessment.Assess(f).Channel).ToArray();
            watch.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first assessment of {count} declarations (as at lodging): {watch.Elapsed.TotalSeconds:0.00} s; {registry.Count} parties registered"));

            // The change: a profile comes into force that sends goods of the most frequent origin and HS chapter red.
            var origin = rows.GroupBy(r => r.OriginCountry).MaxBy(g => g.Count())!.Key;
            var chapter = rows.Where(r => r.OriginCountry == origin).GroupBy(r => r.CommodityCode[..2]).MaxBy(g => g.Count())!.Key;
            var profile = new RiskProfile
            {
                Id = Guid.NewGuid(),
                Number = "RP-BENCH",
                Version = 1,
                Name = "Benchmark profile",
                Reason = $"HS chapter {chapter} from {origin}",
                Channel = Channel.Red,
                Criteria = new ProfileCriteria { OriginCountries = [origin], CommodityPrefixes = [chapter] },
                ValidFrom = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
            };
            profile.Approve("benchmark", DateTimeOffset.UtcNow, null);
            profiles.Use([profile]);

            var seconds = new List<double>();
            var escalated = 0;
            for (var run = 1; run <= runs; run++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                watch.Restart();
                escalated = 0;
                for (var i = 0; i < open.Count; i++)
                {
                    var decision = assessment.Assess(open[i]);
                    if (decision.Channel > channels[i])
                    {
                        escalated++;
                    }
                }

                watch.Stop();
                var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                seconds.Add(watch.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"run {run}: re-score and re-route {count} open declarations: {watch.Elapsed.TotalSeconds:0.00} s elapsed, {used.TotalSeconds:0.00} s CPU ({count / watch.Elapsed.TotalSeconds:0} per s); {escalated} escalated"));
            }

            seconds.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"median of {runs}: {seconds[seconds.Count / 2]:0.00} s for {count} declarations ({escalated} escalated by profile RP-BENCH: {profile.Reason}); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static DeclarationFacts Facts(RiskRecord r, int n)
    {
        var value = double.IsNaN(r.ItemValue) ? (decimal?)null : (decimal)r.ItemValue;
        return new DeclarationFacts(Guid.CreateVersion7(), "OPEN-" + n.ToString(CultureInfo.InvariantCulture), r.ImportType, r.Declarant, null, r.Importer, r.Seller, r.Office, null, r.DepartureCountry, "KR", r.TransportMode, "KRW", value,
        [
            new GoodsItemFacts(1, "goods", r.CommodityCode, r.OriginCountry, r.ImportUse, [], double.IsNaN(r.NetMassKg) ? null : (decimal)r.NetMassKg, null, value, "KRW", [r.TaxType], []),
        ])
        {
            Parties =
            [
                new PartyFact(PartyRoles.Importer, r.Importer, "Importer " + r.Importer + " Co., Ltd.", "1 Main Road", "Seoul", "04524", "KR"),
                new PartyFact(PartyRoles.Declarant, r.Declarant, "Declarant " + r.Declarant, null, null, null, "KR"),
                new PartyFact(PartyRoles.Seller, null, "Seller " + r.Seller + " Ltd", "2 Harbour Street", null, "S" + r.Seller, r.DepartureCountry),
            ],
        };
    }
}
