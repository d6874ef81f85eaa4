using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Organisation;

namespace Tamga.Risk.HitRates;

/// <summary>Hit rates per profile and inspection rates per office, for analysts and supervisors (JSON and CSV).</summary>
internal static class HitRateEndpoints
{
    public const string HitRatesApi = "/api/v1/risk/hit-rates";
    public const string HitRatesCsv = "/api/v1/risk/hit-rates.csv";
    public const string HitRatesPage = "/risk/hit-rates";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(HitRatesApi, async (HitRateReport report, CancellationToken ct) => TypedResults.Ok(await report.BuildAsync(ct)))
            .WithTags("Risk profiles").RequireAuthorization(p => p.RequireRole(Roles.Analyst, Roles.Supervisor))
            .WithSummary("Per profile: declarations hit, controls done, irregularities found and the hit rate; per office: declarations per channel and the inspection rate.");
        endpoints.MapGet(HitRatesCsv, async (HitRateReport report, CancellationToken ct) =>
                TypedResults.Text(HitRateReport.Csv(await report.BuildAsync(ct)), "text/csv; charset=utf-8"))
            .WithTags("Risk profiles").RequireAuthorization(p => p.RequireRole(Roles.Analyst, Roles.Supervisor))
            .WithSummary("The hit rates and inspection rates as CSV.");
    }
}
