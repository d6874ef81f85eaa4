using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Http;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Risk.Data;
using Tamga.Risk.Profiles;

namespace Tamga.Risk.Alerts;

public sealed record WatchListRequest(string? Channel);

public sealed record ShareRequest(string? Note);

/// <summary>
/// Alerts for analysts and supervisors, the marking of risk results as shareable, and the G2G reading of what is
/// shareable by partner agencies (role <c>agency</c>), every read audited.
/// </summary>
internal static class AlertEndpoints
{
    public const string Alerts = "/api/v1/risk/alerts";
    public const string AlertsPage = "/risk/alerts";
    public const string Results = "/api/v1/risk/results";
    public const string Shared = "/api/v1/risk/shared";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var analysts = new[] { Roles.Analyst, Roles.Supervisor };
        var group = endpoints.MapGroup(Alerts).WithTags("Risk alerts").RequireAuthorization(p => p.RequireRole(analysts));
        group.MapGet("/", List).WithSummary("Alerts, newest first; 'inForce=true' for those valid today; paged.");
        group.MapPost("/", Raise).WithSummary("Raises an alert on a party, a commodity code prefix and/or an origin, with its text and validity; 'shareable' lets partner agencies read it.");
        group.MapPost("/{id:guid}/watch-list", WatchList).WithSummary("Drafts a watch-list entry (a risk profile) from the alert; a supervisor other than the author approves it.");
        endpoints.MapPost(Results + "/{declarationId:guid}/sharing", Share).WithTags("Risk alerts").RequireAuthorization(p => p.RequireRole(analysts))
            .WithSummary("Marks a declaration's risk result (channel, office, profiles) shareable with partner agencies, with the reason.");

        var shared = endpoints.MapGroup(Shared).WithTags("Risk G2G sharing").RequireAuthorization(p => p.RequireRole(Roles.Agency));
        shared.MapGet("/alerts", SharedAlerts).WithSummary("Alerts marked shareable and in force today; paged. Every read is audited.");
        shared.MapGet("/results", SharedResults).WithSummary("Risk results marked shareable since a moment (ISO 8601), oldest first; paged. Every read is audited.");
    }

    private static async Task<IResult> List(RiskDbContext db, TimeProvider clock, bool? inForce, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var (number, size) = PageRequest.Read(page, pageSize, 50, 200, errors);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var query = db.Alerts.AsNoTracking();
        if (inForce == true)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            query = query.Where(a => a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.Number).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new { page = number, pageSize = size, total, items = items.Select(a => a.View()) });
    }

    private static async Task<IResult> Raise(AlertDraft? body, ClaimsPrincipal user, AlertDesk desk, CancellationToken ct)
    {
        if (body is null)
        {
            return Problems.Rules([new RuleViolation("body", "RISK-ALERT-BODY", "A JSON alert is required.")]);
        }

        var errors = AlertDesk.Check(body).ToList();
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var alert = await desk.RaiseAsync(body, user.Actor(), ct);
        return TypedResults.Created($"{Alerts}/{alert.Id}", alert.View());
    }

    private static async Task<IResult> WatchList(Guid id, WatchListRequest? body, ClaimsPrincipal user, AlertDesk desk, CancellationToken ct)
    {
        var channel = body?.Channel ?? "yellow";
        if (ProfileWorkflow.ParseChannel(channel) is null)
        {
            return Problems.Rules([new RuleViolation("channel", "RISK-PROFILE-CHANNEL", "The channel is yellow (documentary check) or red (physical examination).")]);
        }

        try
        {
            var profile = await desk.ToWatchListAsync(id, channel, user.Actor(), ct);
            return TypedResults.Created($"{ProfileEndpoints.Profiles}/{profile.Id}", profile.View());
        }
        catch (ProfileNotFoundException)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such alert.");
        }
        catch (ProfileRuleException refused)
        {
            return Problems.Rules([new RuleViolation("id", refused.Rule, refused.Message)], StatusCodes.Status409Conflict);
        }
    }

    private static async Task<IResult> Share(Guid declarationId, ShareRequest? body, ClaimsPrincipal user, RiskDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Note) || body.Note.Length > 500)
        {
            return Problems.Rules([new RuleViolation("note", "RISK-SHARE-NOTE", "A note of 1 to 500 characters says why the result is shared.")]);
        }

        if (!await db.Assessments.AnyAsync(a => a.DeclarationId == declarationId, ct))
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No risk result for this declaration.");
        }

        if (await db.SharedResults.AnyAsync(s => s.DeclarationId == declarationId, ct))
        {
            return Problems.Rules([new RuleViolation("declarationId", "RISK-SHARE-DONE", "The result is already shared.")], StatusCodes.Status409Conflict);
        }

        var now = clock.GetUtcNow();
        var shared = new SharedResult { DeclarationId = declarationId, SharedBy = user.Actor(), SharedAt = now, Note = body.Note.Trim() };
        db.SharedResults.Add(shared);
        db.Audit(new AuditEntry($"risk-shared/{declarationId:N}", user.Actor(), "risk-result.shared", now, null, new { declarationId, note = shared.Note }, $"risk result of declaration {declarationId} shared: {shared.Note}"));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new { declarationId, sharedAt = now, note = shared.Note });
    }

    private static async Task<IResult> SharedAlerts(ClaimsPrincipal user, RiskDbContext db, TimeProvider clock, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var (number, size) = PageRequest.Read(page, pageSize, 50, 500, errors);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var query = db.Alerts.AsNoTracking().Where(a => a.Shareable && a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today));
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(a => a.Number).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        await AuditReadAsync(db, user, now, "alerts", $"page {number} of shared alerts: {items.Count} of {total} ({string.Join(' ', items.Select(a => a.Number))})", ct);
        return TypedResults.Ok(new { page = number, pageSize = size, total, items = items.Select(a => a.SharedView()) });
    }

    private static async Task<IResult> SharedResults(ClaimsPrincipal user, RiskDbContext db, TimeProvider clock, string? since, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new List<RuleViolation>();
        var (number, size) = PageRequest.Read(page, pageSize, 100, 1000, errors);
        var start = DateTimeOffset.MinValue;
        if (since is not null && !DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start))
        {
            errors.Add(new RuleViolation("since", "RISK-SHARE-SINCE", "'since' is a date or moment in ISO 8601, e.g. 2026-11-29 or 2026-11-29T10:00:00Z."));
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var query = from s in db.SharedResults.AsNoTracking()
                    join a in db.Assessments.AsNoTracking() on s.DeclarationId equals a.DeclarationId
                    where s.SharedAt >= start
                    select new { s.DeclarationId, a.Office, a.Channel, a.Profiles, a.AssessedAt, s.SharedAt, s.Note };
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(r => r.SharedAt).ThenBy(r => r.DeclarationId).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var now = clock.GetUtcNow();
        await AuditReadAsync(db, user, now, "results", string.Create(CultureInfo.InvariantCulture, $"page {number} of shared risk results since {since ?? "the start"}: {rows.Count} of {total}"), ct);
        var items = rows.Select(r => new
        {
            declarationId = r.DeclarationId,
            office = r.Office,
            channel = r.Channel.ToString(),
            profiles = r.Profiles.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            assessedAt = r.AssessedAt,
            sharedAt = r.SharedAt,
            note = r.Note,
        });
        return TypedResults.Ok(new { page = number, pageSize = size, total, items });
    }

    private static async Task AuditReadAsync(RiskDbContext db, ClaimsPrincipal user, DateTimeOffset now, string what, string summary, CancellationToken ct)
    {
        db.Audit(new AuditEntry($"risk-shared/{user.Actor()}", user.Actor(), $"risk-shared.{what}-read", now, null, null, summary));
        await db.SaveChangesAsync(ct);
    }
}
