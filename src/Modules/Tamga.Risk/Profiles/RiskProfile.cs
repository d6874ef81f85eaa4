using Tamga.Declarations.Contracts;

namespace Tamga.Risk.Profiles;

/// <summary>Where a profile stands in the four-eyes workflow.</summary>
internal enum ProfileStatus
{
    /// <summary>Written by an analyst (or imported from a directive); not in force.</summary>
    Draft,

    /// <summary>Approved by a supervisor other than its author: in force during its validity period.</summary>
    Active,

    /// <summary>Refused by the supervisor, with the reason.</summary>
    Rejected,

    /// <summary>Withdrawn, or replaced by a later version.</summary>
    Retired,
}

/// <summary>
/// A risk profile: criteria over declaration data and what a match means (a channel, the reason shown to the
/// officer, the share of matching declarations to select). Each version is a row; a revision is a new draft that
/// retires the version it replaces when approved. Directives from other agencies, intelligence or foreign customs
/// arrive as drafts with their source and go through the same approval.
/// </summary>
internal sealed class RiskProfile
{
    public Guid Id { get; init; }

    /// <summary>Stable number across versions, e.g. RP-000012.</summary>
    public string Number { get; init; } = "";

    public int Version { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The reason the officer and the audit trail see when the profile matches.</summary>
    public string Reason { get; init; } = "";

    public Channel Channel { get; init; }

    public ProfileCriteria Criteria { get; init; } = new();

    /// <summary>
    /// The skills a control of a selected declaration needs beyond what its channel asks (e.g. origin, classification),
    /// from <see cref="Tamga.Platform.Organisation.Skills"/>.
    /// </summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Share of matching declarations selected, percent (100: all).</summary>
    public decimal TargetRate { get; init; } = 100m;

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>"analyst", or the directive's issuer and reference.</summary>
    public string Source { get; init; } = "analyst";

    public ProfileStatus Status { get; private set; }

    public string DraftedBy { get; init; } = "";

    public DateTimeOffset DraftedAt { get; init; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    /// <summary>Optimistic concurrency: two supervisors cannot decide the same draft at once.</summary>
    public int RowVersion { get; private set; }

    public bool IsInForce(DateOnly date) => Status == ProfileStatus.Active && ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Four eyes: a supervisor who did not write the draft approves it.</summary>
    public void Approve(string supervisor, DateTimeOffset at, string? note)
    {
        Guard(Status == ProfileStatus.Draft, "only a draft is approved");
        if (string.Equals(supervisor, DraftedBy, StringComparison.Ordinal))
        {
            throw new ProfileRuleException("RISK-FOUR-EYES", "The author of a profile cannot approve it: another supervisor must.");
        }

        Decide(ProfileStatus.Active, supervisor, at, note);
    }

    public void Reject(string supervisor, DateTimeOffset at, string note)
    {
        Guard(Status == ProfileStatus.Draft, "only a draft is rejected");
        Decide(ProfileStatus.Rejected, supervisor, at, note);
    }

    public void Retire(string supervisor, DateTimeOffset at, string note)
    {
        Guard(Status == ProfileStatus.Active, "only a profile in force is retired");
        Decide(ProfileStatus.Retired, supervisor, at, note);
    }

    public ProfileView View() => new(
        Id, Number, Version, Name, Reason, Channel.ToString(), Criteria, TargetRate, ValidFrom, ValidTo, Source, Status.ToString(), DraftedBy, DraftedAt, DecidedBy, DecidedAt, DecisionNote, Skills);

    private void Decide(ProfileStatus status, string supervisor, DateTimeOffset at, string? note)
    {
        Status = status;
        DecidedBy = supervisor;
        DecidedAt = at;
        DecisionNote = note;
        RowVersion++;
    }

    private void Guard(bool condition, string rule)
    {
        if (!condition)
        {
            throw new ProfileRuleException("RISK-PROFILE-STATE", $"Not allowed: {rule} (profile {Number} v{Version} is {Status}).");
        }
    }
}

/// <summary>A profile as the API and the audit trail show it.</summary>
public sealed record ProfileView(
    Guid Id,
    string Number,
    int Version,
    string Name,
    string Reason,
    string Channel,
    ProfileCriteria Criteria,
    decimal TargetRate,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    string Status,
    string DraftedBy,
    DateTimeOffset DraftedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    IReadOnlyList<string> Skills);

/// <summary>A workflow rule refused an operation: answered 409 (or 403 for four eyes) with the reason.</summary>
internal sealed class ProfileRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
