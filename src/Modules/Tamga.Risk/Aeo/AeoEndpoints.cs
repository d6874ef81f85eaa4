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
using Tamga.Risk.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Parties;

namespace Tamga.Risk.Aeo;

public sealed record AeoRequest(string? Identifier, string? Type, string? Reference, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record AeoRevocationRequest(string? Note);

/// <summary>
/// The AEO register: analysts and supervisors register and revoke authorisations (audited); officers read them. Every
/// change reloads the register and has the holder's open declarations assessed again.
/// </summary>
internal static class AeoEndpoints
{
    public const string Aeo = "/api/v1/risk/aeo";
    public const string AeoPage = "/risk/aeo";

    public static string Stream(string identifier) => $"risk-aeo/{identifier}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Aeo).WithTags("Risk AEO register").RequireAuthorization(p => p.RequireRole(PartyEndpoints.Readers));
        group.MapGet("/", List).WithSummary("AEO authorisations registered, newest first; filter by holder identifier (EORI/TIN).");
        group.MapPost("/", Register).RequireAuthorization(p => p.RequireRole(Roles.Analyst, Roles.Supervisor))
            .WithSummary("Registers an AEO authorisation (AEOC, AEOS or AEOF) with its validity: the holder's declarations get fewer controls.");
        group.MapPost("/{id:guid}/revocation", Revoke).RequireAuthorization(p => p.RequireRole(Roles.Analyst, Roles.Supervisor))
            .WithSummary("Revokes an AEO authorisation with the reason; the holder's open declarations are assessed again.");
    }

    private static async Task<IResult> List(RiskDbContext db, string? identifier, CancellationToken ct)
    {
        if (identifier is { Length: > 35 })
        {
            return Problems.Rules([new RuleViolation("identifier", "RISK-AEO-IDENTIFIER", "The identifier is at most 35 characters.")]);
        }

        var query = db.AeoAuthorisations.AsNoTracking();
        if (PartyKeys.Identifier(identifier, null) is { } wanted)
        {
            query = query.Where(a => a.Identifier == wanted);
        }

        var items = await query.OrderByDescending(a => a.ValidFrom).ThenBy(a => a.Identifier).Take(500).ToListAsync(ct);
        return TypedResults.Ok(new { items = items.Select(a => a.View()) });
    }

    /// <summary>The request's problems, each naming its field and rule; the holder's normalised identifier.</summary>
    public static List<RuleViolation> Check(AeoRequest? body, out string? identifier)
    {
        var errors = new List<RuleViolation>();
        identifier = PartyKeys.Identifier(body?.Identifier, null);
        if (identifier is null || identifier.Length is < 3 or > 35 || !char.IsAsciiLetter(identifier[0]) || !char.IsAsciiLetter(identifier[1]))
        {
            errors.Add(new RuleViolation("identifier", "RISK-AEO-IDENTIFIER", "The holder's EORI/TIN with its country prefix (3 to 35 letters and digits) is required."));
        }

        var type = body?.Type?.Trim().ToUpperInvariant();
        if (type is null || !AeoAuthorisation.Types.Contains(type))
        {
            errors.Add(new RuleViolation("type", "RISK-AEO-TYPE", "The type is AEOC, AEOS or AEOF (DE 3/39)."));
        }

        if (body?.Reference is { Length: > 35 })
        {
            errors.Add(new RuleViolation("reference", "RISK-AEO-REFERENCE", "The authorisation reference is at most 35 characters."));
        }

        if (body?.ValidFrom is null)
        {
            errors.Add(new RuleViolation("validFrom", "RISK-AEO-VALIDITY", "The first day of validity is required."));
        }
        else if (body.ValidTo is { } to && to < body.ValidFrom)
        {
            errors.Add(new RuleViolation("validTo", "RISK-AEO-VALIDITY", "The end of validity is on or after its start."));
        }

        return errors;
    }

    /// <summary>Registers a checked request (audited), reloads the register and announces new information on the holder.</summary>
    public static async Task<AeoAuthorisation> RegisterAsync(AeoRequest body, string identifier, string actor, RiskDbContext db, AeoRegister register, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var type = body.Type!.Trim().ToUpperInvariant();
        var authorisation = new AeoAuthorisation
        {
            Id = Guid.CreateVersion7(),
            Identifier = identifier,
            Type = type,
            Reference = string.IsNullOrWhiteSpace(body.Reference) ? null : body.Reference.Trim(),
            ValidFrom = body.ValidFrom!.Value,
            ValidTo = body.ValidTo,
            RegisteredBy = actor,
            RegisteredAt = now,
        };
        db.AeoAuthorisations.Add(authorisation);
        db.Audit(new AuditEntry(Stream(identifier), actor, "risk-aeo.registered", now, null, authorisation.View(), $"{type} authorisation of {identifier} registered, valid {authorisation.ValidFrom:yyyy-MM-dd}–{authorisation.ValidTo:yyyy-MM-dd}"));
        db.Publish(new RiskCriteriaChanged($"new information on party {identifier}: {type} authorisation registered") { OccurredAt = now, Parties = [identifier] });
        await db.SaveChangesAsync(ct);
        await register.LoadAsync(ct);
        return authorisation;
    }

    private static async Task<IResult> Register(AeoRequest? body, ClaimsPrincipal user, RiskDbContext db, AeoRegister register, TimeProvider clock, CancellationToken ct)
    {
        var errors = Check(body, out var identifier);
        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var authorisation = await RegisterAsync(body!, identifier!, user.Actor(), db, register, clock, ct);
        return TypedResults.Created($"{Aeo}?identifier={identifier}", authorisation.View());
    }

    private static async Task<IResult> Revoke(Guid id, AeoRevocationRequest? body, ClaimsPrincipal user, RiskDbContext db, AeoRegister register, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body?.Note) || body.Note.Length > 500)
        {
            return Problems.Rules([new RuleViolation("note", "RISK-AEO-NOTE", "A note of 1 to 500 characters gives the reason.")]);
        }

        var authorisation = await db.AeoAuthorisations.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (authorisation is null)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such AEO authorisation.");
        }

        if (authorisation.RevokedAt is not null)
        {
            return Problems.Rules([new RuleViolation("status", "RISK-AEO-REVOKED", "The authorisation is already revoked.")], StatusCodes.Status409Conflict);
        }

        await RevokeAsync(authorisation, body.Note.Trim(), user.Actor(), db, register, clock, ct);
        return TypedResults.Ok(authorisation.View());
    }

    /// <summary>Revokes an authorisation in force (audited), reloads the register and announces new information on the holder.</summary>
    public static async Task RevokeAsync(AeoAuthorisation authorisation, string note, string actor, RiskDbContext db, AeoRegister register, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var before = authorisation.View();
        authorisation.Revoke(actor, now, note);
        db.Audit(new AuditEntry(Stream(authorisation.Identifier), actor, "risk-aeo.revoked", now, before, authorisation.View(), $"{authorisation.Type} authorisation of {authorisation.Identifier} revoked: {note}"));
        db.Publish(new RiskCriteriaChanged($"new information on party {authorisation.Identifier}: {authorisation.Type} authorisation revoked") { OccurredAt = now, Parties = [authorisation.Identifier] });
        await db.SaveChangesAsync(ct);
        await register.LoadAsync(ct);
    }
}
