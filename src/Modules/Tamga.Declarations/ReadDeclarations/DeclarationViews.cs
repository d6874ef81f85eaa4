using System.Security.Claims;
using System.Text.Json;
using Tamga.Declarations.Domain;

namespace Tamga.Declarations.ReadDeclarations;

public sealed record DeclarationLinks(string Self, string Notifications, string Amendments, string Cancellation);

/// <summary>The duties of a declaration; <see cref="Determined"/> is false while an officer must determine what the calculation could not.</summary>
public sealed record DutySummary(bool Assessed, decimal Total, string? Currency, bool PaidOrSecured, string Note, JsonElement Lines, bool Determined = true);

/// <summary>The answer to lodging and the rows of lists.</summary>
public sealed record DeclarationSummary(
    Guid Id,
    string Lrn,
    string? Mrn,
    string Status,
    string? Channel,
    IReadOnlyList<string> Reasons,
    string TypeCode,
    string Declarant,
    string? ControlOffice,
    string? AssignedOfficer,
    int Version,
    DutySummary Duties,
    DateTimeOffset LodgedAt,
    DateTimeOffset? RegisteredAt,
    DateTimeOffset? ReleasedAt,
    DeclarationLinks Links)
{
    /// <summary>The skills an officer needs to carry out the control (empty when none in particular).</summary>
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
}

public sealed record StatusChangeView(int Sequence, string Status, DateTimeOffset At, string Actor, string Reason);

public sealed record DocumentRequestView(Guid Id, string Description, DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? ReceivedAt, string? FileName, string? ContentType, int? Size);

public sealed record NotificationView(Guid Id, int Sequence, string Type, string FunctionCode, DateTimeOffset IssuedAt, string? Mrn, string Lrn, string Message, JsonElement? Errors);

/// <summary>One declaration in full: the data as declared, the timeline, documents and notifications.</summary>
public sealed record DeclarationDetail(
    DeclarationSummary Summary,
    JsonElement Content,
    IReadOnlyList<StatusChangeView> Timeline,
    IReadOnlyList<DocumentRequestView> Documents,
    IReadOnlyList<NotificationView> Notifications);

public sealed record DeclarationPage(int Page, int PageSize, int Total, IReadOnlyList<DeclarationSummary> Items);

internal static class DeclarationViews
{
    /// <summary>The declaration's summary for <paramref name="viewer"/>: a declarant reads the channel, not the risk reasons behind it (<see cref="DeclarantView"/>).</summary>
    public static DeclarationSummary Summary(Declaration d, ClaimsPrincipal viewer) => Summary(d, DeclarantView.SeesRiskReasons(viewer));

    private static DeclarationSummary Summary(Declaration d, bool official) => new(
        d.Id,
        d.Lrn,
        d.Mrn,
        d.Status.ToString(),
        d.Channel?.ToString(),
        official ? d.Reasons : DeclarantView.Reasons(d.Channel, d.Reasons),
        d.TypeCode,
        d.DeclarantId,
        d.ControlOffice,
        d.AssignedOfficer,
        d.Version,
        new DutySummary(d.DutyAssessed, d.DutyTotal, d.DutyCurrency, d.DutyPaidOrSecured, d.DutyNote, JsonDocument.Parse(d.DutyLines).RootElement.Clone(), d.DutyDetermined),
        d.LodgedAt,
        d.RegisteredAt,
        d.ReleasedAt,
        new DeclarationLinks(DeclarationsApi.Declaration(d.Id), DeclarationsApi.Declaration(d.Id) + "/notifications", DeclarationsApi.Declaration(d.Id) + "/amendments", DeclarationsApi.Declaration(d.Id) + "/cancellation"))
    {
        RequiredSkills = official ? d.RequiredSkillList : [],
    };

    /// <summary>The declaration in full for <paramref name="viewer"/>: a declarant's timeline gives the selectivity steps without their reasons.</summary>
    public static DeclarationDetail Detail(Declaration d, ClaimsPrincipal viewer)
    {
        var official = DeclarantView.SeesRiskReasons(viewer);
        return new(
            Summary(d, official),
            JsonDocument.Parse(d.Content).RootElement.Clone(),
            d.History.OrderBy(h => h.Sequence).Select(h => new StatusChangeView(h.Sequence, h.Status.ToString(), h.At, h.Actor, official ? h.Reason : DeclarantView.StepReason(h))).ToList(),
            d.DocumentRequests.OrderBy(r => r.RequestedAt).Select(r => new DocumentRequestView(r.Id, r.Description, r.RequestedAt, r.RequestedBy, r.ReceivedAt, r.FileName, r.ContentType, r.Content?.Length)).ToList(),
            d.Notifications.OrderBy(n => n.Sequence).Select(Notification).ToList());
    }

    public static NotificationView Notification(Notification n) =>
        new(n.Id, n.Sequence, n.Type, n.FunctionCode, n.IssuedAt, n.Mrn, n.Lrn, n.Message, n.Errors is null ? null : JsonDocument.Parse(n.Errors).RootElement.Clone());
}
