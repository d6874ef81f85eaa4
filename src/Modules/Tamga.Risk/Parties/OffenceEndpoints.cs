using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Http;
using Tamga.Platform.Security;
using Tamga.Risk.Contracts;
using Tamga.Risk.Data;

namespace Tamga.Risk.Parties;

public sealed record OffenceRequest(DateOnly? OffenceDate, string? Kind, string? Reference, string? Description, decimal? PenaltyAmount);

/// <summary>
/// Records an offence established against a party (audited): it joins the party's compliance history at once, and the
/// open declarations naming the party are assessed again with it.
/// </summary>
internal static class OffenceEndpoints
{
    public static string Stream(string partyNumber) => $"risk-party/{partyNumber}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(PartyEndpoints.Parties + "/{id:guid}/offences", Record)
            .WithTags("Risk parties")
            .RequireAuthorization(p => p.RequireRole(PartyEndpoints.Readers))
            .WithSummary("Records an offence against a party (date, kind, reference, description, penalty): it counts in the party's compliance history and its open declarations are assessed again.");
    }

    /// <summary>The request's problems, each naming its field and rule.</summary>
    public static List<RuleViolation> Check(OffenceRequest? body, DateOnly today)
    {
        var errors = new List<RuleViolation>();
        if (body?.OffenceDate is not { } date)
        {
            errors.Add(new RuleViolation("offenceDate", "RISK-OFFENCE-DATE", "The date of the offence is required (yyyy-MM-dd)."));
        }
        else if (date > today)
        {
            errors.Add(new RuleViolation("offenceDate", "RISK-OFFENCE-DATE", "The date of the offence is not in the future."));
        }
        else if (date.Year < 1900)
        {
            errors.Add(new RuleViolation("offenceDate", "RISK-OFFENCE-DATE", "The date of the offence is from 1900 on."));
        }

        if (body?.Kind?.Trim().ToLowerInvariant() is not { } kind || !PartyOffence.Kinds.Contains(kind))
        {
            errors.Add(new RuleViolation("kind", "RISK-OFFENCE-KIND", $"The kind is one of {string.Join(", ", PartyOffence.Kinds)}."));
        }

        if (string.IsNullOrWhiteSpace(body?.Reference) || body.Reference.Trim().Length > 35)
        {
            errors.Add(new RuleViolation("reference", "RISK-OFFENCE-REFERENCE", "The case, penalty or judgment reference is required, at most 35 characters."));
        }

        if (string.IsNullOrWhiteSpace(body?.Description) || body.Description.Trim().Length > 500)
        {
            errors.Add(new RuleViolation("description", "RISK-OFFENCE-DESCRIPTION", "A description of 1 to 500 characters is required."));
        }

        if (body?.PenaltyAmount is { } penalty && (penalty < 0m || penalty >= 10_000_000_000_000_000m || decimal.Round(penalty, 2) != penalty))
        {
            errors.Add(new RuleViolation("penaltyAmount", "RISK-OFFENCE-PENALTY", "The penalty, when given, is an amount of 0 or more with at most 2 decimals."));
        }

        return errors;
    }

    /// <summary>
    /// Stores a checked offence with its audit entry and the announcement of new information on the party, in one
    /// transaction. The registry holds it before the announcement can be handled, so the re-assessment sees it.
    /// </summary>
    public static async Task<PartyOffence?> RecordAsync(Guid partyId, OffenceRequest body, string actor, RiskDbContext db, PartyRegistry registry, TimeProvider clock, CancellationToken ct)
    {
        if (registry.Identity(partyId) is not { } identity)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var offence = new PartyOffence
        {
            Id = Guid.CreateVersion7(now),
            PartyId = partyId,
            PartyNumber = identity.Number,
            OffenceDate = body.OffenceDate!.Value,
            Kind = body.Kind!.Trim().ToLowerInvariant(),
            Reference = body.Reference!.Trim(),
            Description = body.Description!.Trim(),
            PenaltyAmount = body.PenaltyAmount,
            RecordedBy = actor,
            RecordedAt = now,
        };
        var summary = string.Create(CultureInfo.InvariantCulture, $"offence {offence.Kind} on {offence.OffenceDate:yyyy-MM-dd}, {offence.Reference}");
        db.PartyOffences.Add(offence);
        db.Audit(new AuditEntry(Stream(identity.Number), actor, "risk-party.offence-recorded", now, null, offence.View(), $"{summary} recorded against party {identity.Number}"));

        // The declarations module finds open declarations by the identifiers they declare; a party known only by name
        // and address has none, and is not announced (its next declarations see the offence).
        if (identity.Identifiers.Count > 0)
        {
            db.Publish(new RiskCriteriaChanged($"new information on party {identity.Identifiers[0]} ({identity.Number}): {summary}") { OccurredAt = now, Parties = identity.Identifiers });
        }

        registry.AddOffence(offence);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            registry.RemoveOffence(offence);
            throw;
        }

        return offence;
    }

    private static async Task<IResult> Record(Guid id, OffenceRequest? body, ClaimsPrincipal user, RiskDbContext db, PartyRegistry registry, TimeProvider clock, CancellationToken ct)
    {
        var errors = Check(body, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (registry.Identity(id) is null)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "No such party.");
        }

        if (errors.Count > 0)
        {
            return Problems.Rules(errors);
        }

        var offence = await RecordAsync(id, body!, user.Actor(), db, registry, clock, ct);
        return offence is null
            ? Problems.Status(StatusCodes.Status404NotFound, "No such party.")
            : TypedResults.Created($"{PartyEndpoints.Parties}/{id}", offence.View());
    }
}
