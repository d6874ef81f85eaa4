using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Platform.Security;
using Tamga.Tariff.ApplyForRuling;

namespace Tamga.Tariff.DecideRulings;

internal static class DecisionEndpoints
{
    public static void Map(RouteGroupBuilder rulings)
    {
        var officer = rulings.MapGroup("/applications/{id:guid}").RequireAuthorization(Policies.Officer);
        officer.MapPost("/assign", async (Guid id, ClaimsPrincipal user, RulingDesk desk, CancellationToken ct) => ApplicationEndpoints.Result(await desk.AssignAsync(id, user, ct)))
            .WithSummary("Assigns the application to the calling officer (a retry changes nothing).")
            .Produces<ApplicationView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapPost("/request-information", async (Guid id, TextRequest? body, ClaimsPrincipal user, RulingDesk desk, CancellationToken ct) => ApplicationEndpoints.Result(await desk.RequestInformationAsync(id, body?.Text, user, ct)))
            .WithSummary("Asks the trader for information; the application waits for the answer.")
            .Produces<ApplicationView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        officer.MapPost("/decide", async (Guid id, Decision? body, ClaimsPrincipal user, RulingDesk desk, CancellationToken ct) =>
                ApplicationEndpoints.Result(await desk.DecideAsync(id, body ?? new Decision(null, null, null, null), user, ct)))
            .WithSummary("Decides: code, legal justification, validity in years (default 3). A BTI is published as a signed ruling.")
            .Produces<ApplicationView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
