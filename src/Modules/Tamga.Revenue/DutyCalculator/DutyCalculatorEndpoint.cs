using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Http;

namespace Tamga.Revenue.DutyCalculator;

/// <summary>The public duty calculator: <c>GET /api/v1/revenue/calculate</c>, no sign-in.</summary>
internal static class DutyCalculatorEndpoint
{
    public const string Route = "/api/v1/revenue/calculate";

    /// <summary>The calculator's page (<see cref="DutyCalculatorPage"/>).</summary>
    public const string Page = "/duty-calculator";

    public static IEndpointRouteBuilder MapDutyCalculator(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, Calculate)
            .WithTags("Revenue")
            .AllowAnonymous()
            .WithSummary("Every duty and tax on goods of a commodity code and origin, valued as given, on a date, each with its base, rate, amount and reason.")
            .Produces<DutyCalculation>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return endpoints;
    }

    private static Results<Ok<DutyCalculation>, ProblemHttpResult> Calculate(
        string? commodity,
        string? origin,
        string? value,
        string? currency,
        string? netMassKg,
        string? units,
        string? date,
        string? exchangeRate,
        string? additionalCodes,
        string? preference,
        DutyCalculatorHandler handler)
    {
        var outcome = handler.Calculate(new CalculatorQuery(commodity, origin, value, currency, netMassKg, units, date, exchangeRate, additionalCodes, preference));
        return outcome.Calculation is { } calculation
            ? TypedResults.Ok(calculation)
            : Problems.Rules(outcome.Errors, outcome.Status, outcome.Status switch
            {
                404 => "Commodity code not in the tariff",
                422 => "Duties not computable from the data given",
                _ => null,
            });
    }
}
