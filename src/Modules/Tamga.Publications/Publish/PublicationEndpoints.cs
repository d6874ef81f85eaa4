using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Security;
using Tamga.Publications.Domain;
using Tamga.Publications.Search;

namespace Tamga.Publications.Publish;

/// <summary>Under <c>/api/v1/publications</c>: public reading and verification; officers draft and publish.</summary>
internal static class PublicationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var publications = endpoints.MapGroup(PublicationsApi.Root).WithTags("Publications").RequireAuthorization();
        publications.MapGet("", SearchAsync).AllowAnonymous()
            .WithSummary("Searches published publications by words (q), kind, agency and date in force (YYYY-MM-DD); 20 a page, newest first.")
            .Produces<PublicationPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        publications.MapGet("/{number}", FindAsync).AllowAnonymous()
            .WithSummary("A publication with all its published versions (officers also see a draft).")
            .Produces<PublicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        publications.MapGet("/{number}/versions/{version:int}/verification", VerifyAsync).AllowAnonymous()
            .WithSummary("Checks a published version's signature; gives the exact signed text (document tamga-publication/1), the signature and the key id.")
            .Produces<PublicationVerification>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        publications.MapGet("/{number}/versions/{version:int}/attachment", AttachmentAsync).AllowAnonymous()
            .WithSummary("Downloads a published version's attachment (its SHA-256 is in the signed text).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        publications.MapPost("", DraftAsync).RequireAuthorization(Policies.Officer)
            .WithSummary("Drafts a new publication (version 1); nothing is public until it is published.")
            .Produces<PublicationView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        publications.MapPost("/{number}/versions", DraftVersionAsync).RequireAuthorization(Policies.Officer)
            .WithSummary("Drafts the next version of a publication; once published it supersedes the previous one from its effective date.")
            .Produces<PublicationView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        publications.MapPost("/{number}/publication", PublishAsync).RequireAuthorization(Policies.Officer)
            .WithSummary("Publishes the draft version: signs it, and notifies the newsletter's subscribers. It may take effect later.")
            .Produces<PublicationView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<PublicationPage>, ProblemHttpResult>> SearchAsync(string? q, string? kind, string? agency, string? date, int? page, PublicationRegister register, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        var query = PublicationInput.Optional("q", q, PublicationInput.MaxQueryLength, errors);
        var kindFilter = PublicationInput.Kind("kind", kind, errors, required: false);
        var agencyFilter = PublicationInput.Agency("agency", agency, errors, required: false);
        var day = PublicationInput.Date("date", date, errors, required: false);
        var (number, _) = PageRequest.Read(page, null, PublicationRegister.PageSize, PublicationRegister.PageSize, errors);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return TypedResults.Ok(PublicationPage.From(await register.SearchAsync(query, kindFilter, agencyFilter, day, number, cancellationToken)));
    }

    private static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> FindAsync(string number, ClaimsPrincipal user, PublicationRegister register, CancellationToken cancellationToken)
    {
        var versions = await register.VersionsAsync(number, IsOfficer(user), cancellationToken);
        return versions.Count == 0 ? NotFound() : TypedResults.Ok(View(versions, register.Today));
    }

    private static async Task<Results<Ok<PublicationVerification>, ProblemHttpResult>> VerifyAsync(string number, int version, PublicationRegister register, CancellationToken cancellationToken) =>
        await register.PublishedVersionAsync(number, version, cancellationToken) is { } found ? TypedResults.Ok(register.Verify(found)) : NotFound();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AttachmentAsync(string number, int version, PublicationRegister register, CancellationToken cancellationToken) =>
        await register.PublishedVersionAsync(number, version, cancellationToken) is { Attachment: { } content } found
            ? TypedResults.File(content, found.AttachmentContentType, found.AttachmentName)
            : NotFound();

    private static async Task<Results<Created<PublicationView>, ProblemHttpResult>> DraftAsync(PublicationDraft? body, ClaimsPrincipal user, PublicationDesk desk, PublicationRegister register, CancellationToken cancellationToken)
    {
        var outcome = await desk.DraftAsync(body, user, cancellationToken);
        return outcome.Succeeded
            ? TypedResults.Created($"{PublicationsApi.Root}/{outcome.Value!.Number}", View(await register.VersionsAsync(outcome.Value.Number, true, cancellationToken), register.Today))
            : Problems.Rules(outcome.Errors, outcome.Status);
    }

    private static async Task<Results<Created<PublicationView>, ProblemHttpResult>> DraftVersionAsync(string number, PublicationDraft? body, ClaimsPrincipal user, PublicationDesk desk, PublicationRegister register, CancellationToken cancellationToken)
    {
        var outcome = await desk.DraftVersionAsync(number, body, user, cancellationToken);
        if (outcome.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        return outcome.Succeeded
            ? TypedResults.Created($"{PublicationsApi.Root}/{number}", View(await register.VersionsAsync(number, true, cancellationToken), register.Today))
            : Problems.Rules(outcome.Errors, outcome.Status);
    }

    private static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> PublishAsync(string number, ClaimsPrincipal user, PublicationDesk desk, PublicationRegister register, CancellationToken cancellationToken)
    {
        var outcome = await desk.PublishAsync(number, user, cancellationToken);
        if (outcome.Status == StatusCodes.Status404NotFound)
        {
            return NotFound();
        }

        return outcome.Succeeded
            ? TypedResults.Ok(View(await register.VersionsAsync(number, true, cancellationToken), register.Today))
            : Problems.Rules(outcome.Errors, outcome.Status);
    }

    internal static PublicationView View(IReadOnlyList<PublicationVersion> versions, DateOnly today) =>
        new(versions[0].Number, versions[0].Kind.Name(), versions.FirstOrDefault(v => v.InForceOn(today, versions))?.Version, versions.Select(v => VersionView.From(v, versions, today)).ToList());

    private static bool IsOfficer(ClaimsPrincipal user) => user.IsInRole(Platform.Organisation.Roles.Officer) || user.IsInRole(Platform.Organisation.Roles.Supervisor);

    private static ProblemHttpResult NotFound() => Problems.Status(StatusCodes.Status404NotFound, "No such publication.");
}
