using Tamga.Kernel.Events;

namespace Tamga.Declarations.Contracts;

/// <summary>A declaration changed status (every transition, timestamped for the Time Release Study).</summary>
public sealed record DeclarationStatusChanged(Guid DeclarationId, string Lrn, string? Mrn, string DeclarantId, string Status, string? Channel, string? Office) : IntegrationEvent;

/// <summary>A notification was issued to the declarant (DMS-style).</summary>
public sealed record DeclarationNotificationIssued(Guid DeclarationId, Guid NotificationId, string Type) : IntegrationEvent;

/// <summary>
/// An officer recorded the result of a control: whether an irregularity was found, the revenue it raised, the
/// findings, and the declaration's data as assessed — the label that risk management learns from.
/// </summary>
public sealed record ControlResultRecorded(Guid DeclarationId, string? Mrn, bool Irregularity, decimal? RevenueRaised, string Findings, string Officer, DeclarationFacts Declaration) : IntegrationEvent;

/// <summary>
/// Duties were assessed with an amount due for version <paramref name="Version"/> of a declaration (it waits in
/// AwaitingPayment, or is under control): the Revenue module books the debt and tries to secure it.
/// </summary>
public sealed record DutiesAssessed(
    Guid DeclarationId,
    int Version,
    string Lrn,
    string? Mrn,
    string DeclarantId,
    string? Office,
    IReadOnlyList<TaxLine> Lines,
    decimal Total,
    string Currency) : IntegrationEvent;
