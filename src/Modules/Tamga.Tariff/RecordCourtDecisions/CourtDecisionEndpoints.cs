using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Security;
using Tamga.Platform.Web;
using Tamga.Tariff.PublishedRulings;

namespace Tamga.Tariff.RecordCourtDecisions;

/// <summary>
/// <c>/api/v1/tariff/court-decisions</c>: officers record a judgment; anyone reads it and checks its signature.
/// <c>/api/v1/tariff/rulings-database</c>: the public search over rulings and court decisions together.
/// </summary>
internal static class CourtDecisionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var decisions = endpoints.MapGroup(TariffApi.Root + "/court-decisions").WithTags("Rulings").RequireAuthorization();
        decisions.MapPost("", RecordAsync).RequireAuthorization(Policies.Officer)
            .WithSummary("Records a court or tribunal decision on tariff classification: published in the rulings database and signed; rulings it annuls are invalid from the judgment date.")
            .Produces<PublishedCourtDecision>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        decisions.MapGet("/{number}", FindAsync).AllowAnonymous()
            .WithSummary("A court decision by its number (CD-…), as published.")
            .Produces<PublishedCourtDecision>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        decisions.MapGet("/{number}/verification", VerifyAsync).AllowAnonymous()
            .WithSummary("Checks the court decision's signature; gives the exact signed text, the signature and the key id (public key: /api/v1/signing/public-key).")
            .Produces<RulingVerification>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        endpoints.MapGet(TariffApi.Root + "/rulings-database", SearchAsync).WithTags("Rulings").AllowAnonymous()
            .WithSummary("Searches rulings and court decisions together (code prefix, number, or words), newest first, by page; kind = all, rulings or court-decisions.")
            .Produces<PageOf<RegisterEntry>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Created<PublishedCourtDecision>, ProblemHttpResult>> RecordAsync(CourtDecisionRecord? body, ClaimsPrincipal user, CourtDecisionDesk desk, CancellationToken cancellationToken)
    {
        var outcome = await desk.RecordAsync(body ?? new CourtDecisionRecord(null, null, null, null, null, null, null, null), user, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Problems.Rules(outcome.Errors, outcome.Status);
        }

        var decision = outcome.Value!;
        return TypedResults.Created($"{TariffApi.Root}/court-decisions/{decision.Number}", PublishedCourtDecision.From(decision));
    }

    private static async Task<Results<Ok<PublishedCourtDecision>, ProblemHttpResult>> FindAsync(string number, RulingRegister register, CancellationToken cancellationToken) =>
        number.Length <= 20 && await register.FindDecisionAsync(number, cancellationToken) is { } decision
            ? TypedResults.Ok(PublishedCourtDecision.From(decision))
            : Problems.Status(StatusCodes.Status404NotFound, "No such court decision.");

    private static async Task<Results<Ok<RulingVerification>, ProblemHttpResult>> VerifyAsync(string number, RulingRegister register, CancellationToken cancellationToken) =>
        number.Length <= 20 && await register.FindDecisionAsync(number, cancellationToken) is { } decision
            ? TypedResults.Ok(register.Verify(decision))
            : Problems.Status(StatusCodes.Status404NotFound, "No such court decision.");

    private static async Task<Results<Ok<PageOf<RegisterEntry>>, ProblemHttpResult>> SearchAsync(string? q, string? kind, int? page, int? pageSize, RulingRegister register, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var query = string.IsNullOrEmpty(q) ? null : TariffInput.Text("q", q, errors);
        var what = Kind(kind, errors);
        if (page is < 1)
        {
            errors.Add(new("page", "PAGE", "page is 1 or more."));
        }

        if (pageSize is < 1 or > RulingRegister.MaxPageSize)
        {
            errors.Add(new("pageSize", "PAGE-SIZE", $"pageSize is between 1 and {RulingRegister.MaxPageSize}."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return TypedResults.Ok(await register.SearchDatabaseAsync(query, what, page, pageSize, cancellationToken));
    }

    /// <summary><c>all</c> (default), <c>rulings</c> or <c>court-decisions</c>.</summary>
    internal static RegisterKind Kind(string? kind, List<RuleViolation> errors)
    {
        switch (kind)
        {
            case null or "" or "all":
                return RegisterKind.All;
            case "rulings":
                return RegisterKind.Rulings;
            case "court-decisions":
                return RegisterKind.CourtDecisions;
            default:
                errors.Add(new("kind", "KIND", "kind is all, rulings or court-decisions."));
                return RegisterKind.All;
        }
    }
}
