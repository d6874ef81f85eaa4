using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Data;
using Tamga.Platform.Outbox;

namespace Tamga.Declarations.Callbacks;

/// <summary>
/// When a notification is issued, queues one delivery for each party of the declaration (declarant and
/// representative) that registered a callback. Idempotent by event id.
/// </summary>
internal sealed class NotificationPushScheduler(DeclarationsDbContext db, CallbackSignal signal, TimeProvider clock) : IIntegrationEventHandler<DeclarationNotificationIssued>
{
    private const string Consumer = "declarations.push-scheduler";

    public async Task HandleAsync(DeclarationNotificationIssued integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(integrationEvent.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var parties = await db.Declarations.AsNoTracking().Where(d => d.Id == integrationEvent.DeclarationId)
            .Select(d => new { d.DeclarantId, d.RepresentativeId }).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (parties is not null)
        {
            var ids = new[] { parties.DeclarantId, parties.RepresentativeId }.Where(p => p is not null).Distinct().ToList();
            var callbacks = await db.Callbacks.AsNoTracking().Where(c => ids.Contains(c.PartyId)).ToListAsync(cancellationToken);
            foreach (var callback in callbacks)
            {
                db.CallbackDeliveries.Add(new CallbackDelivery
                {
                    Id = Guid.CreateVersion7(),
                    NotificationId = integrationEvent.NotificationId,
                    DeclarationId = integrationEvent.DeclarationId,
                    PartyId = callback.PartyId,
                    Url = callback.Url,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }

        db.MarkHandled(integrationEvent.EventId, Consumer, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another delivery of the same event won the race: its inbox record says so, and nothing is done twice.
            db.ChangeTracker.Clear();
            if (await db.AlreadyHandledAsync(integrationEvent.EventId, Consumer, cancellationToken))
            {
                return;
            }

            throw;
        }

        signal.Pulse();
    }
}
