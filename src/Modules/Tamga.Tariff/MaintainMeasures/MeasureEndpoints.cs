using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Security;
using Tamga.Platform.Http;
using Tamga.Tariff.ApplyForRuling;

namespace Tamga.Tariff.MaintainMeasures;

/// <summary>Officers' maintenance of measures, under <c>/api/v1/tariff/measures</c> (officer or supervisor).</summary>
internal static class MeasureEndpoints
{
    public static IServiceCollection AddMeasureMaintenance(this IServiceCollection services) => services.AddScoped<MeasureMaintenance>();

    public static void MapMeasureMaintenance(this IEndpointRouteBuilder endpoints)
    {
        var measures = endpoints.MapGroup(TariffApi.Root + "/measures").WithTags("Tariff measures").RequireAuthorization(Policies.Officer);
        measures.MapGet("", async (string? goodsCode, MeasureMaintenance maintenance, CancellationToken ct) => TypedResults.Ok(await maintenance.ListAsync(goodsCode, ct)))
            .WithSummary("Measures officers have added (latest first), or every measure of one line (?goodsCode=).");
        measures.MapPost("", async (NewMeasure? body, ClaimsPrincipal user, MeasureMaintenance maintenance, CancellationToken ct) =>
                Result(await maintenance.AddAsync(body ?? new NewMeasure(null, null, null, null, null, null, null, null), user, ct), created: true))
            .WithSummary("Adds a measure to a national line from a date (a later date publishes it ahead of its effect); replacesCurrent ends the current measure of the same type and origin the day before.")
            .Produces<MaintainedMeasure>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        measures.MapPost("/{id:long}/end", async (long id, MeasureEnd? body, ClaimsPrincipal user, MeasureMaintenance maintenance, CancellationToken ct) =>
                Result(await maintenance.EndAsync(id, body ?? new MeasureEnd(null), user, ct), created: false))
            .WithSummary("Ends a measure: its last day of application.")
            .Produces<MaintainedMeasure>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Results<Created<MaintainedMeasure>, Ok<MaintainedMeasure>, ProblemHttpResult> Result(RulingOutcome<MaintainedMeasure> outcome, bool created) =>
        outcome.Succeeded
            ? created ? TypedResults.Created(TariffApi.Root + "/measures/" + outcome.Value!.Id, outcome.Value) : TypedResults.Ok(outcome.Value!)
            : outcome.Status == StatusCodes.Status404NotFound
                ? Problems.Status(StatusCodes.Status404NotFound, "No such measure.")
                : Problems.Rules(outcome.Errors, outcome.Status);
}
