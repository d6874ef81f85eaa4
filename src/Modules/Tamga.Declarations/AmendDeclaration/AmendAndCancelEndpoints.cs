using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Declarations.Domain;
using Tamga.Declarations.LodgeDeclaration;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Processing;
using Tamga.Declarations.ReadDeclarations;
using Tamga.Kernel.Errors;
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

    private static async Task<IResult> Amend(Guid id, HttpRequest request, ClaimsPrincipal user, DeclarationStore store, IDeclarationIntake intake, AutomaticProcessing processing, TimeProvider clock, CancellationToken ct)
    {
        if (BodyFormats.From(request) is not { } format)
        {
            return BodyFormats.Unsupported(request);
        }

        var declaration = await store.FindAsync(id, ct);
        var party = user.PartyId()!;
        if (declaration is null || !declaration.IsReadableBy(party))
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such declaration.");
        }

        if (party != declaration.DeclarantId && party != declaration.RepresentativeId)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Only the declarant or its representative amends a declaration.");
        }

        var body = await BodyFormats.ReadAsync(request, ct);
        var read = intake.Read(body, format, id);
        if (read is IntakeMalformed malformed)
        {
            return BodyFormats.Malformed(malformed.Problems);
        }

        var parsed = (IntakeParsed)read;
        var violations = parsed.Violations.ToList();
        if (parsed.Facts.DeclarantId != declaration.DeclarantId)
        {
            violations.Add(new RuleViolation("DE 3/18 declarant.id", "DEC-AMEND-DECLARANT", "An amendment cannot change the declarant."));
        }

        if (violations.Count > 0)
        {
            return Problems.Rules(violations, StatusCodes.Status422UnprocessableEntity, "The amendment breaks business rules and was not applied.");
        }

        var before = declaration.Snapshot();
        var at = clock.GetUtcNow();
        try
        {
            declaration.Amend(parsed.ContentJson, parsed.Facts, at, user.Actor(), parsed.AmendmentReason ?? "amended by the declarant");
        }
        catch (DeclarationRuleException refused)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "The declaration cannot be amended now.", refused.Message);
        }

        await processing.RouteAsync(declaration, parsed.Facts, ct);
        store.Record(declaration, before);
        await store.SaveSubmissionAsync(declaration, format, body, at, ct);
        return TypedResults.Ok(DeclarationViews.Summary(declaration));
    }

    private static async Task<IResult> Cancel(Guid id, CancellationRequest? request, ClaimsPrincipal user, DeclarationStore store, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request?.Reason) || request.Reason.Length > 500)
        {
            return Problems.Rules([new RuleViolation("reason", "DEC-CANCEL-REASON", "A reason of 1 to 500 characters is required.")]);
        }

        var declaration = await store.FindAsync(id, ct);
        var party = user.PartyId()!;
        if (declaration is null || !declaration.IsReadableBy(party))
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such declaration.");
        }

        if (party != declaration.DeclarantId && party != declaration.RepresentativeId)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Only the declarant or its representative cancels a declaration.");
        }

        var before = declaration.Snapshot();
        try
        {
            declaration.Cancel(request.Reason.Trim(), clock.GetUtcNow(), user.Actor());
        }
        catch (DeclarationRuleException refused)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "The declaration cannot be cancelled.", refused.Message);
        }

        await store.SaveAsync(declaration, before, ct);
        return TypedResults.Ok(DeclarationViews.Summary(declaration));
    }
}
