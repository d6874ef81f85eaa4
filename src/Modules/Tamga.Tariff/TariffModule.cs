using System.CommandLine;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tamga.Platform.Modules;
using Tamga.Platform.Organisation;
using Tamga.Platform.Persistence;
using Tamga.Platform.Web;
using Tamga.Tariff.Catalogue;
using Tamga.Tariff.ClassifyGoods;
using Tamga.Tariff.CompileMeasures;
using Tamga.Tariff.Coverage;
using Tamga.Tariff.Data;
using Tamga.Tariff.LoadTariff;
using Tamga.Tariff.LookUpCommodity;
using Tamga.Tariff.MaintainMeasures;
using Tamga.Tariff.SearchTariff;

namespace Tamga.Tariff;

/// <summary>Nomenclatures (HS 2022, the national tariff), effective-dated measures, search, commodity look-up and the classification assistant.</summary>
public sealed class TariffModule : ITamgaModule
{
    public string Name => "tariff";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<TariffDbContext, SqliteTariffDbContext, PostgresTariffDbContext>(TariffDbContext.Tables);
        services.AddSingleton<TariffCatalogue>();
        services.AddScoped<TariffLoader>();
        services.AddSingleton<TariffSearch>();
        services.AddSingleton<CommodityLookup>();
        services.AddMeasureMaintenance();
        services.AddSingleton<Classifier>();
        services.AddSingleton<TariffCoverage>();
        services.AddMeasuresInForce();
        services.AddRulings();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The tariff is public information: no sign-in.
        var tariff = endpoints.MapGroup(TariffApi.Root).WithTags("Tariff").AllowAnonymous();
        SearchEndpoint.Map(tariff);
        CommodityEndpoint.Map(tariff);
        ClassifyEndpoint.Map(tariff);
        CoverageEndpoints.Map(tariff);
        endpoints.MapRulings();
        endpoints.MapMeasureMaintenance();
    }

    public Assembly? PagesAssembly => typeof(TariffModule).Assembly;

    public IEnumerable<NavigationLink> Navigation =>
    [
        new(TariffPages.Browse, "Nav.Tariff") { Resources = typeof(TariffResource), DescriptionKey = "Nav.TariffDescription", Public = true, Order = 300 },
        new(TariffPages.Classify, "Nav.Classify") { Resources = typeof(TariffResource), DescriptionKey = "Nav.ClassifyDescription", Public = true, Order = 310 },
        new(TariffPages.Rulings, "Nav.Rulings") { Resources = typeof(TariffResource), DescriptionKey = "Nav.RulingsDescription", Public = true, Order = 320 },
        new(TariffPages.MyRulings, "Nav.MyRulings") { Resources = typeof(TariffResource), DescriptionKey = "Nav.MyRulingsDescription", Roles = [Roles.Trader], Order = 230 },
        new(TariffPages.RulingQueue, "Nav.RulingQueue") { Resources = typeof(TariffResource), DescriptionKey = "Nav.RulingQueueDescription", Roles = [Roles.Officer, Roles.Supervisor], Order = 240 },
        new(TariffPages.RecordCourtDecision, "Nav.CourtDecisions") { Resources = typeof(TariffResource), DescriptionKey = "Nav.CourtDecisionsDescription", Roles = [Roles.Officer, Roles.Supervisor], Order = 242 },
        new(TariffPages.Measures, "Nav.Measures") { Resources = typeof(TariffResource), DescriptionKey = "Nav.MeasuresDescription", Roles = [Roles.Officer, Roles.Supervisor], Order = 245 },
    ];

    public async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Tamga.Tariff");
        var loaded = await scope.ServiceProvider.GetRequiredService<TariffLoader>().LoadShippedAsync(cancellationToken);
        foreach (var line in loaded)
        {
            logger.LogInformation("Tariff loaded: {Batch}", line);
        }

        var coverage = scope.ServiceProvider.GetRequiredService<TariffCoverage>().Report();
        logger.LogInformation(
            "Tariff ready: {Subheadings} HS 2022 subheadings, {Lines} national lines ({Unmapped} not in HS 2022), {Measures} measures ({Unparsed} duty expressions not parsed, {Assumed} parsed with an assumption)",
            coverage.HsSubheadings, coverage.NationalLines, coverage.LinesNotInHs2022, coverage.Measures, coverage.ExpressionsUnparsed, coverage.ExpressionsParsedWithAssumption);
    }

    public IEnumerable<Command> Commands(CommandHost host)
    {
        yield return TariffCommands.Create(host);
    }
}
