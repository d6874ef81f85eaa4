using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Tamga.Tariff.Coverage;

internal static class CoverageEndpoints
{
    public static void Map(RouteGroupBuilder tariff)
    {
        tariff.MapGet(TariffApi.Coverage, (TariffCoverage coverage) => TypedResults.Ok(coverage.Report()))
            .WithSummary("What the tariff holds: nomenclature versions, entries, measures, and how many duty expressions or lines are not parsed or not linked.");
        tariff.MapGet(TariffApi.Unparsed, (TariffCoverage coverage) => TypedResults.Ok(coverage.Unparsed()))
            .WithSummary("Duty expressions the parser could not read (kept as published, never dropped), and those read under a stated assumption.");
        tariff.MapGet(TariffApi.Unmapped, (TariffCoverage coverage) => TypedResults.Ok(coverage.Unmapped()))
            .WithSummary("National tariff lines whose 6-digit subheading does not exist in HS 2022.");
    }
}
