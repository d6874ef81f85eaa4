using System.Text.Json;
using Tamga.Declarations.Contracts;
using Tamga.Kernel.Errors;
using Tamga.Platform.Organisation;

namespace Tamga.Declarations.Domain;

/// <summary>
/// A goods declaration and its lifecycle. Every transition is timestamped (Time Release Study), sends a DMS
/// notification and is recorded as a change the store turns into an audit record and an outbox event.
/// </summary>
internal sealed class Declaration
{
    private readonly List<DeclarationChange> _changes = [];
    private DutyAssessment? _assessedDue;

    private Declaration()
    {
    }

    public Guid Id { get; private init; }

    public string Lrn { get; private init; } = "";

    public string DeclarantId { get; private init; } = "";

    public string? RepresentativeId { get; private set; }

    public string? ImporterId { get; private set; }

    public string? ExporterId { get; private set; }

    public string TypeCode { get; private set; } = "";

    public string? Mrn { get; private set; }

    public DeclarationStatus Status { get; private set; }

    public Channel? Channel { get; private set; }

    /// <summary>The reasons of the risk decision, as a JSON array of strings.</summary>
    public string ChannelReasons { get; private set; } = "[]";

    public string? RiskDecidedBy { get; private set; }

    public string? ControlOffice { get; private set; }

    public string? AssignedOfficer { get; private set; }

    /// <summary>
    /// The skills an officer needs to carry out the control (names of <see cref="Skills"/>), stored space separated
    /// with a space before and after (<c>" documentary valuation "</c>) so that <c>LIKE '% valuation %'</c> finds one;
    /// empty when the control needs none in particular.
    /// </summary>
    public string RequiredSkills { get; private set; } = "";

    /// <summary>1 for the original, one more for each accepted amendment.</summary>
    public int Version { get; private set; }

    /// <summary>SHA-256 of the submitted body: the same LRN with another body is a conflict.</summary>
    public string ContentHash { get; private init; } = "";

    /// <summary>The declaration data (WCO Data Model, Tamga JSON form) of the current version.</summary>
    public string Content { get; private set; } = "";

    public bool DutyAssessed { get; private set; }

    public decimal DutyTotal { get; private set; }

    public string? DutyCurrency { get; private set; }

    public string DutyNote { get; private set; } = "";

    public string DutyLines { get; private set; } = "[]";

    public bool DutyPaidOrSecured { get; private set; }

    /// <summary>False while duties the calculation could not determine wait for an officer (see <see cref="DetermineDuties"/>).</summary>
    public bool DutyDetermined { get; private set; } = true;

    public DateTimeOffset LodgedAt { get; private init; }

    public DateTimeOffset? RegisteredAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: two officers cannot release and refuse the same declaration at once.</summary>
    public int RowVersion { get; private set; }

    public List<StatusChange> History { get; private init; } = [];

    public List<Notification> Notifications { get; private init; } = [];

    public List<DocumentRequest> DocumentRequests { get; private init; } = [];

    public IReadOnlyList<DeclarationChange> Changes => _changes;

    /// <summary>An assessment with duties due made by the pending changes, for the store to publish (Revenue books the debt).</summary>
    public DutyAssessment? AssessedDue => _assessedDue;

    public IReadOnlyList<string> RequiredSkillList => RequiredSkills.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The stored form of <see cref="RequiredSkills"/>: canonical order, a space before and after; empty for none.</summary>
    public static string SkillText(IEnumerable<string> skills)
    {
        var ordered = Skills.Ordered(skills.Where(s => s.Length > 0 && !s.Contains(' ', StringComparison.Ordinal)));
        return ordered.Count == 0 ? "" : " " + string.Join(' ', ordered) + " ";
    }

    /// <summary>The pattern that finds <paramref name="skill"/> in <see cref="RequiredSkills"/> with <c>LIKE</c>.</summary>
    public static string SkillPattern(string skill) => "% " + skill + " %";

    public IReadOnlyList<string> Reasons => JsonSerializer.Deserialize<List<string>>(ChannelReasons) ?? [];

    /// <summary>Whether the declarant may still amend or cancel it: registered and not yet released, refused or withdrawn.</summary>
    public bool IsOpenToDeclarant => Status is DeclarationStatus.Registered or DeclarationStatus.UnderControl or DeclarationStatus.AwaitingPayment;

    public bool IsReadableBy(string partyId) =>
        partyId == DeclarantId || partyId == RepresentativeId || partyId == ImporterId || partyId == ExporterId;

    public static Declaration Lodge(Guid id, DeclarationFacts facts, string content, string contentHash, DateTimeOffset at) => new()
    {
        Id = id,
        Lrn = facts.Lrn,
        DeclarantId = facts.DeclarantId,
        RepresentativeId = facts.RepresentativeId,
        ImporterId = facts.ImporterId,
        ExporterId = facts.ExporterId,
        TypeCode = facts.TypeCode,
        Content = content,
        ContentHash = contentHash,
        Version = 1,
        Status = DeclarationStatus.Lodged,
        LodgedAt = at,
        UpdatedAt = at,
    };

    /// <summary>Intake found broken business rules: the declaration is kept as rejected, with a DMSREJ listing them.</summary>
    public void Reject(IReadOnlyList<RuleViolation> violations, DateTimeOffset at, string actor)
    {
        Transition(DeclarationStatus.Rejected, at, actor, $"{violations.Count} business rule(s) broken", NotificationTypes.Rejected,
            "Declaration rejected: " + string.Join("; ", violations.Take(3).Select(v => $"{v.Rule} {v.Field}")), violations);
    }

    /// <summary>Automatic registration: the MRN is given and DMSACC sent.</summary>
    public void Register(string mrn, DateTimeOffset at)
    {
        Guard(Status == DeclarationStatus.Lodged && Mrn is null, "only a new declaration is registered");
        Mrn = mrn;
        RegisteredAt = at;
        Transition(DeclarationStatus.Registered, at, "system:registration", "automatic registration", NotificationTypes.Accepted, $"Declaration accepted and registered with MRN {mrn}.");
    }

    /// <summary>
    /// Applies the risk decision and the duty assessment: green goods whose duties are paid or secured are
    /// released automatically; green goods with duties due wait for payment; yellow and red go to the office's queue.
    /// </summary>
    public void Route(RiskDecision risk, DutyAssessment duties, string controlOffice, DateTimeOffset at)
    {
        Channel = risk.Channel;
        ChannelReasons = JsonSerializer.Serialize(risk.Reasons);
        RiskDecidedBy = risk.DecidedBy;
        RequiredSkills = SkillText(risk.Skills);
        ControlOffice = controlOffice;
        DutyAssessed = duties.Assessed;
        DutyTotal = duties.TotalDue;
        DutyCurrency = duties.Currency.Length == 0 ? null : duties.Currency;
        DutyNote = duties.Note;
        DutyLines = JsonSerializer.Serialize(duties.Lines);
        DutyPaidOrSecured = duties.PaidOrSecured;
        DutyDetermined = !duties.Assessed || duties.Determined;
        _assessedDue = DutyDetermined && duties.Assessed && duties.TotalDue > 0m && !duties.PaidOrSecured ? duties : null;
        if (duties.Assessed)
        {
            AddNotification(NotificationTypes.TaxAssessment, at, $"Duties and taxes assessed: {duties.TotalDue.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} {duties.Currency}.", null);
        }

        var channel = risk.Channel;
        var reasons = string.Join("; ", risk.Reasons);
        if (!DutyDetermined && channel == Contracts.Channel.Green)
        {
            // Nobody may release goods whose duties are unknown: an officer determines them in a documentary check.
            channel = Contracts.Channel.Yellow;
            Channel = channel;
            reasons = "duties to be determined by an officer: " + duties.Note;
            ChannelReasons = JsonSerializer.Serialize(risk.Reasons.Append(reasons));
            RequiredSkills = SkillText(RequiredSkillList.Append(Skills.Documentary));
        }

        switch (channel)
        {
            case Contracts.Channel.Green when duties.PaidOrSecured:
                Release(at, "system:automatic-release", $"green channel ({reasons})");
                break;
            case Contracts.Channel.Green:
                Transition(DeclarationStatus.AwaitingPayment, at, "system:selectivity", "green channel, duties due", NotificationTypes.TaxAssessment, "Release on payment or security of the duties.");
                break;
            case Contracts.Channel.Yellow:
                Transition(DeclarationStatus.UnderControl, at, "system:selectivity", $"yellow channel: documentary check ({reasons})", NotificationTypes.UnderControl, $"Selected for documentary check at office {controlOffice}.");
                break;
            case Contracts.Channel.Red:
                Transition(DeclarationStatus.UnderControl, at, "system:selectivity", $"red channel: physical examination ({reasons})", NotificationTypes.UnderControl, $"Selected for physical examination at office {controlOffice}.");
                break;
        }
    }

    /// <summary>
    /// A change of risk criteria assessed the open declaration again. Only a higher channel changes anything: goods
    /// waiting for payment go to the office's queue, a documentary check becomes a physical examination. A lower
    /// channel is left to the officer, who sees the new reasons in the queue. The skills the control needs are widened
    /// with those of the new decision (never narrowed: what was asked for stays asked for).
    /// </summary>
    /// <returns>Whether the declaration was escalated.</returns>
    public bool Reassess(RiskDecision risk, string change, DateTimeOffset at)
    {
        var open = Status == DeclarationStatus.AwaitingPayment || (Status == DeclarationStatus.UnderControl && Channel != Contracts.Channel.Red);
        if (!open || Channel is null || risk.Channel <= Channel)
        {
            return false;
        }

        Channel = risk.Channel;
        ChannelReasons = JsonSerializer.Serialize(risk.Reasons.Append($"assessed again: {change}").ToList());
        RiskDecidedBy = risk.DecidedBy;
        RequiredSkills = SkillText(RequiredSkillList.Concat(risk.Skills));
        var reasons = string.Join("; ", risk.Reasons);
        var control = risk.Channel == Contracts.Channel.Red ? "physical examination" : "documentary check";
        Transition(DeclarationStatus.UnderControl, at, "system:selectivity", $"{risk.Channel.ToString().ToLowerInvariant()} channel after {change}: {control} ({reasons})", NotificationTypes.UnderControl,
            $"Selected for {control} at office {ControlOffice} after a change of risk criteria.");
        return true;
    }

    public void Assign(string officer, DateTimeOffset at, string actor)
    {
        Guard(Status == DeclarationStatus.UnderControl, "only a declaration under control is assigned");
        AssignedOfficer = officer;
        UpdatedAt = at;
        RowVersion++;
        _changes.Add(new DeclarationChange("declaration.assigned", actor, at, $"assigned to {officer}", Status, null, Snapshot()));
    }

    public DocumentRequest RequestDocuments(string description, DateTimeOffset at, string actor)
    {
        Guard(Status == DeclarationStatus.UnderControl, "documents are requested only under control");
        var request = new DocumentRequest { Id = Guid.CreateVersion7(), DeclarationId = Id, Description = description, RequestedAt = at, RequestedBy = actor };
        DocumentRequests.Add(request);
        AddNotification(NotificationTypes.DocumentsRequested, at, "Documents requested: " + description, null);
        UpdatedAt = at;
        _changes.Add(new DeclarationChange("declaration.documents-requested", actor, at, description, Status, NotificationTypes.DocumentsRequested, Snapshot()));
        return request;
    }

    public void ReceiveDocument(Guid requestId, string fileName, string contentType, byte[] content, DateTimeOffset at, string actor)
    {
        Guard(Status == DeclarationStatus.UnderControl, "documents are received only under control");
        var request = DocumentRequests.FirstOrDefault(r => r.Id == requestId) ?? throw new DeclarationRuleException("DEC-DOC", "No such document request.");
        request.Receive(fileName, contentType, content, at);
        UpdatedAt = at;
        _changes.Add(new DeclarationChange("declaration.document-received", actor, at, $"{fileName} ({content.Length} bytes) for request {requestId}", Status, null, Snapshot()));
    }

    /// <summary>
    /// An officer determines the duties the calculation could not (DMSTAX): the lines replace the partial assessment,
    /// and an amount due is published for Revenue to book as the declarant's debt.
    /// </summary>
    public void DetermineDuties(IReadOnlyList<TaxLine> lines, string currency, string reason, DateTimeOffset at, string actor)
    {
        Guard(Status == DeclarationStatus.UnderControl && !DutyDetermined, "an officer determines the duties of a declaration under control whose duties the calculation could not determine");
        var total = lines.Sum(l => l.Amount);
        var totalText = total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        DutyAssessed = true;
        DutyDetermined = true;
        DutyTotal = total;
        DutyCurrency = currency;
        DutyLines = JsonSerializer.Serialize(lines);
        DutyNote = $"Determined by {actor}: {reason}";
        DutyPaidOrSecured = total == 0m;
        _assessedDue = total > 0m ? new DutyAssessment(true, lines, total, currency, false, DutyNote) : null;
        AddNotification(NotificationTypes.TaxAssessment, at, $"Duties and taxes assessed: {totalText} {currency}.", null);
        UpdatedAt = at;
        RowVersion++;
        _changes.Add(new DeclarationChange("declaration.duties-determined", actor, at, $"{totalText} {currency}: {reason}", Status, NotificationTypes.TaxAssessment, Snapshot()));
    }

    public void RecordControlResult(string findings, bool release, DateTimeOffset at, string actor)
    {
        Guard(Status == DeclarationStatus.UnderControl, "a control result is recorded only under control");
        Guard(!release || DutyDetermined, "goods are released only once their duties are determined (an officer determines them first)");
        AddNotification(NotificationTypes.ControlResult, at, (release ? "Control completed, goods released. " : "Control completed, release refused. ") + findings, null);
        if (release && !DutyPaidOrSecured)
        {
            // Release requires the duties paid or secured: the goods wait for payment.
            Transition(DeclarationStatus.AwaitingPayment, at, actor, "control result: release once duties are paid or secured — " + findings, NotificationTypes.TaxAssessment, "Release on payment or security of the duties.");
        }
        else if (release)
        {
            Release(at, actor, "control result: release — " + findings);
        }
        else
        {
            Transition(DeclarationStatus.Refused, at, actor, "control result: refused — " + findings, null, null);
        }
    }

    public void Amend(string content, DeclarationFacts facts, DateTimeOffset at, string actor, string reason)
    {
        Guard(IsOpenToDeclarant, $"a declaration that is {Status} cannot be amended");
        Content = content;
        TypeCode = facts.TypeCode;
        RepresentativeId = facts.RepresentativeId;
        ImporterId = facts.ImporterId;
        ExporterId = facts.ExporterId;
        Version++;
        // Amended data is assessed again: back to Registered, then routed.
        Transition(DeclarationStatus.Registered, at, actor, $"amendment {Version - 1} accepted: {reason}", NotificationTypes.Accepted, $"Amendment accepted (version {Version}).");
    }

    public void Cancel(string reason, DateTimeOffset at, string actor)
    {
        Guard(
            IsOpenToDeclarant,
            Status == DeclarationStatus.Released
                ? "the goods are released: only customs can invalidate the declaration now"
                : $"a declaration that is {Status} cannot be cancelled");
        Transition(DeclarationStatus.Cancelled, at, actor, "cancelled by the declarant: " + reason, NotificationTypes.Invalidated, "Cancellation accepted: " + reason);
    }

    public void Invalidate(string reason, DateTimeOffset at, string actor)
    {
        Guard(Status == DeclarationStatus.Released, "only a released declaration is invalidated; cancel it before release");
        Transition(DeclarationStatus.Invalidated, at, actor, "invalidated by customs: " + reason, NotificationTypes.Invalidated, "Declaration invalidated: " + reason);
    }

    /// <summary>
    /// Revenue reports the duties of version <paramref name="version"/> paid or secured (<paramref name="how"/>): a declaration
    /// waiting for payment is released; one still under control keeps the fact for the control result. Anything else (an
    /// older version, a cancelled or already released declaration) is left as it is; false then.
    /// </summary>
    public bool SettleDuties(int version, string how, DateTimeOffset at)
    {
        if (version != Version || DutyPaidOrSecured || Status is not (DeclarationStatus.AwaitingPayment or DeclarationStatus.UnderControl))
        {
            return false;
        }

        DutyPaidOrSecured = true;
        if (Status == DeclarationStatus.AwaitingPayment)
        {
            Release(at, "system:revenue", $"duties {how}");
        }
        else
        {
            UpdatedAt = at;
            _changes.Add(new DeclarationChange("declaration.duties-settled", "system:revenue", at, $"duties {how}", Status, null, Snapshot()));
        }

        return true;
    }

    public void ClearChanges()
    {
        _changes.Clear();
        _assessedDue = null;
    }

    public DeclarationSnapshot Snapshot() =>
        new(Id, Lrn, Mrn, Status.ToString(), Channel?.ToString(), Version, ContentHash, ControlOffice, AssignedOfficer, DutyTotal, DocumentRequests.Count(r => r.ReceivedAt is not null));

    private void Release(DateTimeOffset at, string actor, string reason)
    {
        ReleasedAt = at;
        Transition(DeclarationStatus.Released, at, actor, reason, NotificationTypes.Cleared, "Goods released.");
    }

    private void Transition(DeclarationStatus status, DateTimeOffset at, string actor, string reason, string? notification, string? message, IReadOnlyList<RuleViolation>? errors = null)
    {
        var from = Status;
        Status = status;
        UpdatedAt = at;
        RowVersion++;
        History.Add(new StatusChange { DeclarationId = Id, Sequence = History.Count + 1, Status = status, At = at, Actor = actor, Reason = Truncate(reason, 1000) });
        if (notification is not null)
        {
            AddNotification(notification, at, message ?? status.ToString(), errors);
        }

        _changes.Add(new DeclarationChange("declaration." + status.ToString().ToLowerInvariant(), actor, at, Truncate($"{from} → {status}: {reason}", 1000), status, notification, Snapshot()));
    }

    private void AddNotification(string type, DateTimeOffset at, string message, IReadOnlyList<RuleViolation>? errors) =>
        Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(),
            DeclarationId = Id,
            Sequence = Notifications.Count + 1,
            Type = type,
            FunctionCode = NotificationTypes.FunctionCode(type),
            IssuedAt = at,
            Mrn = Mrn,
            Lrn = Lrn,
            Message = Truncate(message, 2000),
            Errors = errors is null ? null : JsonSerializer.Serialize(errors),
        });

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private void Guard(bool condition, string rule)
    {
        if (!condition)
        {
            throw new DeclarationRuleException("DEC-STATE", $"Not allowed: {rule} (status {Status}).");
        }
    }
}

/// <summary>A lifecycle rule refused an operation: answered as 409 with the reason.</summary>
internal sealed class DeclarationRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}

/// <summary>One transition, for the audit trail and the outbox.</summary>
internal sealed record DeclarationChange(string Action, string Actor, DateTimeOffset At, string Summary, DeclarationStatus Status, string? Notification, DeclarationSnapshot After);

/// <summary>The state the audit trail hashes before and after each change.</summary>
internal sealed record DeclarationSnapshot(Guid Id, string Lrn, string? Mrn, string Status, string? Channel, int Version, string ContentHash, string? ControlOffice, string? AssignedOfficer, decimal DutyTotal, int Documents);

/// <summary>A timestamped status change (Time Release Study).</summary>
internal sealed class StatusChange
{
    public Guid DeclarationId { get; init; }

    public int Sequence { get; init; }

    public DeclarationStatus Status { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public required string Reason { get; init; }
}

/// <summary>A DMS-style notification to the declarant.</summary>
internal sealed class Notification
{
    public Guid Id { get; init; }

    public Guid DeclarationId { get; init; }

    public int Sequence { get; init; }

    public required string Type { get; init; }

    public required string FunctionCode { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public string? Mrn { get; init; }

    public required string Lrn { get; init; }

    public required string Message { get; init; }

    /// <summary>Rule violations (JSON) for DMSREJ.</summary>
    public string? Errors { get; init; }
}

/// <summary>Documents an officer asked for, and what the trader sent.</summary>
internal sealed class DocumentRequest
{
    public Guid Id { get; init; }

    public Guid DeclarationId { get; init; }

    public required string Description { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset? ReceivedAt { get; private set; }

    public string? FileName { get; private set; }

    public string? ContentType { get; private set; }

    public byte[]? Content { get; private set; }

    public void Receive(string fileName, string contentType, byte[] content, DateTimeOffset at)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        ReceivedAt = at;
    }
}
