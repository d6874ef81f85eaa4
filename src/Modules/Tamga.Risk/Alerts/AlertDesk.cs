using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Risk.Data;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;

namespace Tamga.Risk.Alerts;

/// <summary>What an analyst writes to raise an alert.</summary>
public sealed record AlertDraft(string? Party, string? CommodityPrefix, string? OriginCountry, string? Text, DateOnly? ValidFrom, DateOnly? ValidTo, bool Shareable);

/// <summary>
/// Alerts: analysts raise them (audited, stream <c>risk-alert/AL-nnnnnn</c>) and turn them into watch-list entries,
/// which are profile drafts that a supervisor other than the author approves.
/// </summary>
internal sealed class AlertDesk(RiskDbContext db, ProfileWorkflow profiles, TimeProvider clock)
{
    public static string Stream(string number) => $"risk-alert/{number}";

    public static IEnumerable<RuleViolation> Check(AlertDraft draft)
    {
        var party = PartyKeys.Identifier(draft.Party, null);
        if (!string.IsNullOrWhiteSpace(draft.Party) && (party is null || party.Length is < 3 or > 35 || !char.IsAsciiLetter(party[0]) || !char.IsAsciiLetter(party[1])))
        {
            yield return new RuleViolation("party", "RISK-ALERT-PARTY", "The party is an EORI/TIN with its country prefix (3 to 35 letters and digits).");
        }

        var prefix = draft.CommodityPrefix?.Trim();
        if (!string.IsNullOrEmpty(prefix) && (prefix.Length is < 2 or > 10 || !prefix.All(char.IsAsciiDigit)))
        {
            yield return new RuleViolation("commodityPrefix", "RISK-ALERT-COMMODITY", "The commodity code prefix is 2 to 10 digits (chapter, heading…).");
        }

        var origin = draft.OriginCountry?.Trim();
        if (!string.IsNullOrEmpty(origin) && (origin.Length != 2 || !origin.All(char.IsAsciiLetter)))
        {
            yield return new RuleViolation("originCountry", "RISK-ALERT-ORIGIN", "The origin is a two-letter country code (ISO 3166-1).");
        }

        if (string.IsNullOrWhiteSpace(draft.Party) && string.IsNullOrEmpty(prefix) && string.IsNullOrEmpty(origin))
        {
            yield return new RuleViolation("party", "RISK-ALERT-EMPTY", "An alert names a party, a commodity code prefix or an origin (at least one).");
        }

        if (string.IsNullOrWhiteSpace(draft.Text) || draft.Text.Trim().Length > 500)
        {
            yield return new RuleViolation("text", "RISK-ALERT-TEXT", "The alert's text (1 to 500 characters) is required.");
        }

        if (draft.ValidFrom is { } from && draft.ValidTo is { } to && to < from)
        {
            yield return new RuleViolation("validTo", "RISK-ALERT-VALIDITY", "The end of validity is on or after its start.");
        }
    }

    /// <summary>Stores a checked draft.</summary>
    public async Task<RiskAlert> RaiseAsync(AlertDraft draft, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var numbers = await db.Alerts.Select(a => a.Number).ToListAsync(cancellationToken);
        var next = numbers.Count == 0 ? 1 : numbers.Max(n => int.Parse(n.AsSpan(3), CultureInfo.InvariantCulture)) + 1;
        var alert = new RiskAlert
        {
            Id = Guid.CreateVersion7(),
            Number = string.Create(CultureInfo.InvariantCulture, $"AL-{next:000000}"),
            Party = PartyKeys.Identifier(draft.Party, null),
            CommodityPrefix = string.IsNullOrWhiteSpace(draft.CommodityPrefix) ? null : draft.CommodityPrefix.Trim(),
            OriginCountry = string.IsNullOrWhiteSpace(draft.OriginCountry) ? null : draft.OriginCountry.Trim().ToUpperInvariant(),
            Text = draft.Text!.Trim(),
            ValidFrom = draft.ValidFrom ?? DateOnly.FromDateTime(now.UtcDateTime),
            ValidTo = draft.ValidTo,
            Shareable = draft.Shareable,
            RaisedBy = actor,
            RaisedAt = now,
        };
        db.Alerts.Add(alert);
        db.Audit(new AuditEntry(Stream(alert.Number), actor, "risk-alert.raised", now, null, alert.View(), $"{alert.Number} raised: {alert.Describe()}{(alert.Shareable ? " (shareable)" : "")}"));
        await db.SaveChangesAsync(cancellationToken);
        return alert;
    }

    /// <summary>Drafts a watch-list entry (a profile) from the alert; it comes into force when a supervisor other than the author approves it.</summary>
    public async Task<RiskProfile> ToWatchListAsync(Guid id, string channel, string actor, CancellationToken cancellationToken)
    {
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new ProfileNotFoundException();
        if (alert.WatchListProfileId is not null)
        {
            throw new ProfileRuleException("RISK-ALERT-WATCHED", $"The alert is already watch-list entry {alert.WatchListProfileNumber}.");
        }

        var draft = new ProfileDraft(
            $"Alert {alert.Number}",
            $"alert {alert.Number}: {alert.Text}",
            channel,
            new ProfileCriteria
            {
                Parties = alert.Party is null ? [] : [alert.Party],
                CommodityPrefixes = alert.CommodityPrefix is null ? [] : [alert.CommodityPrefix],
                OriginCountries = alert.OriginCountry is null ? [] : [alert.OriginCountry],
            },
            null,
            alert.ValidFrom,
            alert.ValidTo);
        var violations = ProfileWorkflow.Check(draft).ToList();
        if (violations.Count > 0)
        {
            throw new ProfileRuleException(violations[0].Rule, violations[0].Message);
        }

        var before = alert.View();
        var created = (await profiles.DraftAsync([draft], $"alert {alert.Number}", actor, cancellationToken))[0];
        alert.WatchListProfileId = created.Id;
        alert.WatchListProfileNumber = created.Number;
        var now = clock.GetUtcNow();
        db.Audit(new AuditEntry(Stream(alert.Number), actor, "risk-alert.watch-listed", now, before, alert.View(), $"{alert.Number} drafted as watch-list entry {created.Number} ({channel})"));
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }
}
