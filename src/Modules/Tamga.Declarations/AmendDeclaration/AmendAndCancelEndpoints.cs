using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Declarations.LodgeDeclaration;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Platform.Http;
using Tamga.Platform.Security;

namespace Tamga.Declarations.AmendDeclaration;

public sealed record CancellationRequest(string? Reason);

/// <summary>Amendments (a DEC-DMS document with function code 13, or JSON) and cancellations, allowed or refused by state.</summary>
internal static class AmendAndCancelEndpoints
{
    public static void Map(RouteGroupBuilder declarations)
    {
        declarations.MapPost("/{id:guid}/amendments", Amend).RequireAuthorization(Policies.Trader)
            .WithSummary("Amends a declaration before release: the whole declaration again (DEC-DMS function code 13, or JSON); it is assessed and routed again.");
        declarations.MapPost("/{id:guid}/cancellation", Cancel).RequireAuthorization(Policies.Trader)
            .WithSummary("Cancels a declaration before release; after release only customs can invalidate it.");
    }

    private static async Task<IResult> Amend(Guid id, HttpRequest request, ClaimsPrincipal user, AmendDeclarationHandler handler, CancellationToken ct)
    {
        if (BodyFormats.From(request) is not { } format)
        {
            return BodyFormats.Unsupported(request);
        }

        var body = await BodyFormats.ReadAsync(request, ct);
        return await handler.AmendAsync(id, user, body, format, ct) switch
        {
            ActionOutcome.Done done => TypedResults.Ok(DeclarationViews.Summary(done.Declaration, user)),
            ActionOutcome.Malformed malformed => BodyFormats.Malformed(malformed.Problems),
            ActionOutcome.Rejected rejected => Problems.Rules(rejected.Violations, StatusCodes.Status422UnprocessableEntity, "The amendment breaks business rules and was not applied."),
            ActionOutcome.Forbidden forbidden => Problems.Status(StatusCodes.Status403Forbidden, forbidden.Message),
            ActionOutcome.Refused refused => Problems.Status(StatusCodes.Status409Conflict, "The declaration cannot be amended now.", refused.Message),
            _ => Problems.Status(StatusCodes.Status404NotFound, "No such declaration."),
        };
    }

    private static async Task<IResult> Cancel(Guid id, CancellationRequest? request, ClaimsPrincipal user, AmendDeclarationHandler handler, CancellationToken ct) =>
        await handler.CancelAsync(id, user, request?.Reason, ct) switch
        {
            ActionOutcome.Done done => TypedResults.Ok(DeclarationViews.Summary(done.Declaration, user)),
            ActionOutcome.Invalid invalid => Problems.Rules(invalid.Violations),
            ActionOutcome.Forbidden forbidden => Problems.Status(StatusCodes.Status403Forbidden, forbidden.Message),
            ActionOutcome.Refused refused => Problems.Status(StatusCodes.Status409Conflict, "The declaration cannot be cancelled.", refused.Message),
            _ => Problems.Status(StatusCodes.Status404NotFound, "No such declaration."),
        };
}
