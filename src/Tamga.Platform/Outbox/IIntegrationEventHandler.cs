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
