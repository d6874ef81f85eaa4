using Tamga.Kernel.Events;

namespace Tamga.Platform.Outbox;

/// <summary>
/// A consumer of an integration event, living in the consuming module. It must be idempotent: use
/// <see cref="Persistence.ModuleDbContext.AlreadyHandledAsync"/> and <see cref="Persistence.ModuleDbContext.MarkHandled"/>
/// in the same SaveChanges as its effect.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Implemented by a consumer that can tell, for a whole batch of events in one look, which of them it has work
/// for: the dispatcher then calls <see cref="IIntegrationEventHandler{TEvent}.HandleAsync"/> only for those, and
/// counts the others as handled (handling them would have done nothing).
/// </summary>
public interface IIntegrationEventBatchFilter<in TEvent>
    where TEvent : IntegrationEvent
{
    /// <summary>The ids of the events of <paramref name="events"/> that need handling.</summary>
    Task<IReadOnlyCollection<Guid>> NeedingAsync(IReadOnlyList<TEvent> events, CancellationToken cancellationToken);
}
