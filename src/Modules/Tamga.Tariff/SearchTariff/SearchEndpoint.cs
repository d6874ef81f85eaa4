using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;

namespace Tamga.Tariff.SearchTariff;

internal static class SearchEndpoint
{
    public static void Map(RouteGroupBuilder tariff) =>
        tariff.MapGet(TariffApi.Search, Search)
            .WithSummary("Searches the nomenclatures in force on a date, by code prefix (digits) or by words (ranked; stemming and synonyms).")
            .Produces<TariffSearchResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static Results<Ok<TariffSearchResult>, ProblemHttpResult> Search(string? q, string? date, int? limit, TariffSearch search, TimeProvider clock)
    {
        var errors = new List<RuleViolation>();
        var query = TariffInput.Text("q", q, errors);
        var day = TariffInput.Date("date", date, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), errors);
        var size = TariffInput.Limit("limit", limit, 20, 100, errors);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return TypedResults.Ok(search.Find(query!, day!.Value, size!.Value));
    }
}
