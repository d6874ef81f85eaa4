using Tamga.Kernel.Events;

namespace Tamga.Declarations.Contracts;

/// <summary>A declaration changed status (every transition, timestamped for the Time Release Study).</summary>
public sealed record DeclarationStatusChanged(Guid DeclarationId, string Lrn, string? Mrn, string DeclarantId, string Status, string? Channel, string? Office) : IntegrationEvent;

/// <summary>A notification was issued to the declarant (DMS-style).</summary>
public sealed record DeclarationNotificationIssued(Guid DeclarationId, Guid NotificationId, string Type) : IntegrationEvent;

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
