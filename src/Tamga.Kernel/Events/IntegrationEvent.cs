namespace Tamga.Kernel.Events;

/// <summary>
/// A fact one module publishes for others. Written to the publisher's outbox in the same commit as the
/// state change; consumers are idempotent by <see cref="EventId"/>.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; }
}
