using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;

namespace Tamga.Tariff.LookUpCommodity;

internal static class CommodityEndpoint
{
    public static void Map(RouteGroupBuilder tariff) =>
        tariff.MapGet(TariffApi.Commodity, LookUp)
            .WithSummary("A commodity code on a date (default today): the tariff line or HS entry, its HS 2022 link, and every measure in force that day.")
            .Produces<CommodityView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static Results<Ok<CommodityView>, ProblemHttpResult> LookUp(string code, string? date, CommodityLookup lookup, TimeProvider clock)
    {
        var errors = new List<RuleViolation>();
        var commodity = TariffInput.Code("code", code, errors);
        var day = TariffInput.Date("date", date, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), errors);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var view = lookup.Find(commodity!, day!.Value, out var notFound);
        return view is null ? Problems.Status(StatusCodes.Status404NotFound, "No such commodity on that date.", notFound) : TypedResults.Ok(view);
    }
}
