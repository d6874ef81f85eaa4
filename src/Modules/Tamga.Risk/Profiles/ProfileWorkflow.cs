using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Persistence;
using Tamga.Risk.Contracts;
using Tamga.Risk.Data;

namespace Tamga.Risk.Profiles;

/// <summary>What a profile draft says, from the API, the analyst's page or a directive row.</summary>
public sealed record ProfileDraft(
    string? Name,
    string? Reason,
    string? Channel,
    ProfileCriteria? Criteria,
    decimal? TargetRate,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    Guid? Replaces = null,
    IReadOnlyList<string>? Skills = null);

/// <summary>
/// The four-eyes workflow of risk profiles: analysts draft (or import directives as drafts), a supervisor other
/// than the author approves or rejects, a supervisor retires. Every step is audited; a step that changes what is
/// in force announces <see cref="RiskCriteriaChanged"/>, so that open declarations are assessed again.
/// </summary>
internal sealed class ProfileWorkflow(RiskDbContext db, ActiveProfiles active, TimeProvider clock)
{
    public static string Stream(string number) => $"risk-profile/{number}";

    public static IEnumerable<RuleViolation> Check(ProfileDraft draft, string prefix = "")
    {
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > 100)
        {
            yield return new RuleViolation(prefix + "name", "RISK-PROFILE-NAME", "A name of 1 to 100 characters is required.");
        }

        if (string.IsNullOrWhiteSpace(draft.Reason) || draft.Reason.Trim().Length > 500)
        {
            yield return new RuleViolation(prefix + "reason", "RISK-PROFILE-REASON", "The reason shown to the officer (1 to 500 characters) is required.");
        }

        if (ParseChannel(draft.Channel) is null)
        {
            yield return new RuleViolation(prefix + "channel", "RISK-PROFILE-CHANNEL", "The channel is yellow (documentary check) or red (physical examination).");
        }

        if (draft.TargetRate is { } rate && (rate <= 0m || rate > 100m))
        {
            yield return new RuleViolation(prefix + "targetRate", "RISK-PROFILE-RATE", "The target rate is a percentage above 0 and at most 100.");
        }

        if (draft.ValidFrom is { } from && draft.ValidTo is { } to && to < from)
        {
            yield return new RuleViolation(prefix + "validTo", "RISK-PROFILE-VALIDITY", "The end of validity is on or after its start.");
        }

        foreach (var skill in (draft.Skills ?? []).Where(s => !Tamga.Platform.Organisation.Skills.IsKnown(s?.Trim() ?? "")))
        {
            yield return new RuleViolation(prefix + "skills", "RISK-PROFILE-SKILL", $"'{skill}' is not a skill. Known: {string.Join(", ", Tamga.Platform.Organisation.Skills.All)}.");
        }

        foreach (var violation in (draft.Criteria ?? new ProfileCriteria()).Check(prefix + "criteria."))
        {
            yield return violation;
        }
    }

    public static Channel? ParseChannel(string? channel) => channel?.Trim().ToLowerInvariant() switch
    {
        "yellow" => Declarations.Contracts.Channel.Yellow,
        "red" => Declarations.Contracts.Channel.Red,
        _ => null,
    };

    /// <summary>
    /// Stores valid drafts (all or none); the caller has checked them. Drafts numbered in the same instant as another
    /// analyst's meet the unique number and version: they are numbered and stored again.
    /// </summary>
    public Task<IReadOnlyList<RiskProfile>> DraftAsync(IReadOnlyList<ProfileDraft> drafts, string source, string actor, CancellationToken cancellationToken) =>
        RegisterNumbers.PublishAsync(db, () => DraftOnceAsync(drafts, source, actor, cancellationToken));

    private async Task<IReadOnlyList<RiskProfile>> DraftOnceAsync(IReadOnlyList<ProfileDraft> drafts, string source, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = await NextNumberAsync(cancellationToken);
        var created = new List<RiskProfile>();
        foreach (var draft in drafts)
        {
            string number;
            var version = 1;
            if (draft.Replaces is { } replaced)
            {
                var previous = await db.Profiles.AsNoTracking().FirstOrDefaultAsync(p => p.Id == replaced, cancellationToken)
                    ?? throw new ProfileRuleException("RISK-PROFILE-REPLACES", "The profile to revise does not exist.");
                number = previous.Number;
                version = await db.Profiles.Where(p => p.Number == number).MaxAsync(p => p.Version, cancellationToken) + 1;
            }
            else
            {
                number = string.Create(CultureInfo.InvariantCulture, $"RP-{next++:000000}");
            }

            var profile = new RiskProfile
            {
                Id = Guid.CreateVersion7(),
                Number = number,
                Version = version,
                Name = draft.Name!.Trim(),
                Reason = draft.Reason!.Trim(),
                Channel = ParseChannel(draft.Channel)!.Value,
                Criteria = draft.Criteria!,
                TargetRate = draft.TargetRate ?? 100m,
                Skills = (draft.Skills ?? []).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList(),
                ValidFrom = draft.ValidFrom ?? DateOnly.FromDateTime(now.UtcDateTime),
                ValidTo = draft.ValidTo,
                Source = source,
                DraftedBy = actor,
                DraftedAt = now,
            };
            db.Profiles.Add(profile);
            db.Audit(new AuditEntry(Stream(number), actor, "risk-profile.drafted", now, null, profile.View(), $"{number} v{version} drafted ({source}): {profile.Criteria.Describe()}{(profile.Skills.Count > 0 ? "; skills " + string.Join(", ", profile.Skills) : "")}"));
            created.Add(profile);
        }

        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    public Task<RiskProfile> ApproveAsync(Guid id, string supervisor, string? note, CancellationToken cancellationToken) =>
        active.ChangeAsync(
            async () =>
            {
                var profile = await FindAsync(id, cancellationToken);
                var before = profile.View();
                var now = clock.GetUtcNow();
                profile.Approve(supervisor, now, note);
                foreach (var replaced in await db.Profiles.Where(p => p.Number == profile.Number && p.Id != profile.Id && p.Status == ProfileStatus.Active).ToListAsync(cancellationToken))
                {
                    var old = replaced.View();
                    replaced.Retire(supervisor, now, $"replaced by version {profile.Version}");
                    db.Audit(new AuditEntry(Stream(replaced.Number), supervisor, "risk-profile.retired", now, old, replaced.View(), $"{replaced.Number} v{replaced.Version} replaced by v{profile.Version}"));
                }

                db.Audit(new AuditEntry(Stream(profile.Number), supervisor, "risk-profile.approved", now, before, profile.View(), $"{profile.Number} v{profile.Version} approved, in force from {profile.ValidFrom:yyyy-MM-dd}"));
                db.Publish(new RiskCriteriaChanged($"risk profile {profile.Number} v{profile.Version} \"{profile.Name}\" came into force") { OccurredAt = now });
                await db.SaveChangesAsync(cancellationToken);
                return profile;
            },
            cancellationToken);

    public async Task<RiskProfile> RejectAsync(Guid id, string supervisor, string note, CancellationToken cancellationToken)
    {
        var profile = await FindAsync(id, cancellationToken);
        var before = profile.View();
        var now = clock.GetUtcNow();
        profile.Reject(supervisor, now, note);
        db.Audit(new AuditEntry(Stream(profile.Number), supervisor, "risk-profile.rejected", now, before, profile.View(), $"{profile.Number} v{profile.Version} rejected: {note}"));
        await db.SaveChangesAsync(cancellationToken);
        return profile;
    }

    public Task<RiskProfile> RetireAsync(Guid id, string supervisor, string note, CancellationToken cancellationToken) =>
        active.ChangeAsync(
            async () =>
            {
                var profile = await FindAsync(id, cancellationToken);
                var before = profile.View();
                var now = clock.GetUtcNow();
                profile.Retire(supervisor, now, note);
                db.Audit(new AuditEntry(Stream(profile.Number), supervisor, "risk-profile.retired", now, before, profile.View(), $"{profile.Number} v{profile.Version} retired: {note}"));
                db.Publish(new RiskCriteriaChanged($"risk profile {profile.Number} v{profile.Version} \"{profile.Name}\" withdrawn") { OccurredAt = now });
                await db.SaveChangesAsync(cancellationToken);
                return profile;
            },
            cancellationToken);

    private async Task<RiskProfile> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Profiles.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new ProfileNotFoundException();

    private async Task<int> NextNumberAsync(CancellationToken cancellationToken)
    {
        var numbers = await db.Profiles.Select(p => p.Number).Distinct().ToListAsync(cancellationToken);
        return numbers.Count == 0 ? 1 : numbers.Max(n => int.Parse(n.AsSpan(3), CultureInfo.InvariantCulture)) + 1;
    }
}

internal sealed class ProfileNotFoundException : Exception;
