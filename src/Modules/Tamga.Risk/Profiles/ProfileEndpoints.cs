using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Http;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Risk.Data;

namespace Tamga.Risk.Profiles;

public sealed record ProfileDecisionRequest(string? Note);

/// <summary>
/// Risk profiles and directives: analysts and supervisors read and draft, supervisors approve (four eyes), reject
/// and retire; directives from other sources are imported as drafts.
/// </summary>
internal static class ProfileEndpoints
{
    public const string Profiles = "/api/v1/risk/profiles";
    public const string Directives = "/api/v1/risk/directives";

    /// <summary>A directive file's size limit (10,000 rows fit well within it).</summary>
    private const int MaxDirectiveBytes = 4 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var analysts = new[] { Roles.Analyst, Roles.Supervisor };
        var group = endpoints.MapGroup(Profiles).WithTags("Risk profiles").RequireAuthorization(p => p.RequireRole(analysts));
        group.MapGet("/", List).WithSummary("Risk profiles, newest first; filter by status (Draft, Active, Rejected, Retired) and words; paged.");
        group.MapGet("/{id:guid}", Get).WithSummary("One version of a risk profile.");
        group.MapPost("/", Draft).WithSummary("Drafts a profile (or a revision with 'replaces'); a supervisor other than the author approves it.");
        group.MapPost("/{id:guid}/approval", Approve).RequireAuthorization(p => p.RequireRole(Roles.Supervisor))
            .WithSummary("Approves a draft (four eyes: not by its author); open declarations are assessed again.");
        group.MapPost("/{id:guid}/rejection", Reject).RequireAuthorization(p => p.RequireRole(Roles.Supervisor))
            .WithSummary("Rejects a draft with the reason.");
        group.MapPost("/{id:guid}/retirement", Retire).RequireAuthorization(p => p.RequireRole(Roles.Supervisor))
            .WithSummary("Withdraws a profile in force; open declarations are assessed again.");
        endpoints.MapPost(Directives, ImportDirective).WithTags("Risk profiles").RequireAuthorization(p => p.RequireRole(analysts))
            .Accepts<string>("text/csv")
            .WithSummary("Imports a directive file (CSV, one profile or watch-list entry per row) as drafts; every bad row is reported with its line.");
    }

    private static async Task<IResult> List(RiskDbContext db, string? status, string? q, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var (number, size) = PageRequest.Read(page, pageSize, 50, 200, errors);
        ProfileStatus? wanted = null;
        if (status is not null)
        {
            if (Enum.TryParse<ProfileStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add(new RuleViolation("status", "RISK-PROFILE-STATUS", "The status is Draft, Active, Rejected or Retired."));
            }
        }

        if (q is { Length: > 200 })
        {
            errors.Add(new RuleViolation("q", "RISK-PROFILE-QUERY", "Search words are at most 200 characters."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var query = db.Profiles.AsNoTracking();
        if (wanted is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var words = q.Trim();
            query = query.Where(p => p.Name.Contains(words) || p.Reason.Contains(words) || p.Number.Contains(words) || p.Source.Contains(words));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(p => p.DraftedAt).ThenByDescending(p => p.Version).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new { page = number, pageSize = size, total, items = items.Select(p => p.View()) });
    }

    private static async Task<IResult> Get(Guid id, RiskDbContext db, CancellationToken ct) =>
        await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } profile
            ? TypedResults.Ok(profile.View())
            : Problems.Status(StatusCodes.Status404NotFound, "No such risk profile.");

    private static async Task<IResult> Draft(ProfileDraft? body, ClaimsPrincipal user, ProfileWorkflow workflow, CancellationToken ct)
    {
        if (body is null)
        {
            return Problems.Rules([new RuleViolation("body", "RISK-PROFILE-BODY", "A JSON profile draft is required.")]);
        }

        var errors = ProfileWorkflow.Check(body).ToList();
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        return await Run(async () =>
        {
            var created = await workflow.DraftAsync([body], "analyst", user.Actor(), ct);
            return TypedResults.Created($"{Profiles}/{created[0].Id}", created[0].View());
        });
    }

    private static Task<IResult> Approve(Guid id, ProfileDecisionRequest? body, ClaimsPrincipal user, ProfileWorkflow workflow, CancellationToken ct) =>
        NoteTooLong(body?.Note) ?? Run(async () => TypedResults.Ok((await workflow.ApproveAsync(id, user.Actor(), body?.Note?.Trim(), ct)).View()));

    private static Task<IResult> Reject(Guid id, ProfileDecisionRequest? body, ClaimsPrincipal user, ProfileWorkflow workflow, CancellationToken ct) =>
        NoteRequired(body?.Note) ?? Run(async () => TypedResults.Ok((await workflow.RejectAsync(id, user.Actor(), body!.Note!.Trim(), ct)).View()));

    private static Task<IResult> Retire(Guid id, ProfileDecisionRequest? body, ClaimsPrincipal user, ProfileWorkflow workflow, CancellationToken ct) =>
        NoteRequired(body?.Note) ?? Run(async () => TypedResults.Ok((await workflow.RetireAsync(id, user.Actor(), body!.Note!.Trim(), ct)).View()));

    private static async Task<IResult> ImportDirective(HttpRequest request, string? issuer, string? reference, ClaimsPrincipal user, ProfileWorkflow workflow, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        if (string.IsNullOrWhiteSpace(issuer) || issuer.Length > 100)
        {
            errors.Add(new RuleViolation("issuer", "RISK-DIRECTIVE-ISSUER", "Name the issuer of the directive (1 to 100 characters), e.g. the agency or the foreign administration."));
        }

        if (reference is { Length: > 100 })
        {
            errors.Add(new RuleViolation("reference", "RISK-DIRECTIVE-REFERENCE", "The directive's reference is at most 100 characters."));
        }

        if (request.ContentLength is > MaxDirectiveBytes)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "The directive file is too large.", $"At most {MaxDirectiveBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxDirectiveBytes)
        {
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "The directive file is too large.", $"At most {MaxDirectiveBytes} bytes.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return Problems.Rules([new RuleViolation("body", "RISK-DIRECTIVE-ENCODING", "The directive file is UTF-8 text.")]);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Problems.Rules([new RuleViolation("body", "RISK-DIRECTIVE-ENCODING", "The directive file contains a NUL character.")]);
        }

        var (drafts, rows) = DirectiveFile.Read(new StringReader(text));
        errors.AddRange(rows);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors, title: "The directive file was not imported: nothing was stored.");
        }

        var source = $"directive {issuer!.Trim()}" + (string.IsNullOrWhiteSpace(reference) ? "" : $" {reference.Trim()}");
        return await Run(async () =>
        {
            var created = await workflow.DraftAsync(drafts, source, user.Actor(), ct);
            return TypedResults.Ok(new { imported = created.Count, profiles = created.Select(p => p.View()) });
        });
    }

    private static Task<IResult>? NoteTooLong(string? note) =>
        note is { Length: > 500 } ? Task.FromResult<IResult>(Problems.Rules([new RuleViolation("note", "RISK-PROFILE-NOTE", "The note is at most 500 characters.")])) : null;

    private static Task<IResult>? NoteRequired(string? note) =>
        string.IsNullOrWhiteSpace(note) || note.Length > 500
            ? Task.FromResult<IResult>(Problems.Rules([new RuleViolation("note", "RISK-PROFILE-NOTE", "A note of 1 to 500 characters gives the reason.")]))
            : null;

    /// <summary>Maps the workflow's refusals to 404, 403 (four eyes) and 409.</summary>
    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (ProfileNotFoundException)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such risk profile.");
        }
        catch (ProfileRuleException refused) when (refused.Rule == "RISK-FOUR-EYES")
        {
            return Problems.Rules([new RuleViolation("approvedBy", refused.Rule, refused.Message)], StatusCodes.Status403Forbidden, "Four eyes: the author cannot approve.");
        }
        catch (ProfileRuleException refused)
        {
            return Problems.Rules([new RuleViolation("status", refused.Rule, refused.Message)], StatusCodes.Status409Conflict, "Not allowed in the profile's state.");
        }
        catch (DbUpdateException)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Someone changed risk profiles at the same moment.", "Read the profile again and retry.");
        }
    }
}

/// <summary>The risk module's screens.</summary>
internal static class ProfilePages
{
    public const string Profiles = "/risk/profiles";
}
