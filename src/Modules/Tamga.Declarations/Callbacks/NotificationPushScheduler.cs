using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Data;
using Tamga.Platform.Outbox;

namespace Tamga.Declarations.Callbacks;

/// <summary>
/// When a notification is issued, queues one delivery for each party of the declaration (declarant and
/// representative) that registered a callback. Idempotent by event id.
/// </summary>
internal sealed class NotificationPushScheduler(DeclarationsDbContext db, CallbackSignal signal, TimeProvider clock) : IIntegrationEventHandler<DeclarationNotificationIssued>, IIntegrationEventBatchFilter<DeclarationNotificationIssued>
{
    private const string Consumer = "declarations.push-scheduler";

    /// <summary>One look for a whole batch: only the notifications of declarations whose declarant or representative has a callback need handling.</summary>
    public async Task<IReadOnlyCollection<Guid>> NeedingAsync(IReadOnlyList<DeclarationNotificationIssued> events, CancellationToken cancellationToken)
    {
        if (!await db.Callbacks.AnyAsync(cancellationToken))
        {
            return [];
        }

        var ids = events.Select(e => e.DeclarationId).Distinct().ToList();
        var withCallbacks = (await db.Declarations.AsNoTracking()
            .Where(d => ids.Contains(d.Id) && db.Callbacks.Any(c => c.PartyId == d.DeclarantId || c.PartyId == d.RepresentativeId))
            .Select(d => d.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        return events.Where(e => withCallbacks.Contains(e.DeclarationId)).Select(e => e.EventId).ToList();
    }

    public async Task HandleAsync(DeclarationNotificationIssued integrationEvent, CancellationToken cancellationToken)
    {
        // One read first: when neither the declarant nor the representative has a callback there is nothing to
        // push and nothing to remember (handling the event again finds nothing again), so no write and no commit.
        var declarationId = integrationEvent.DeclarationId;
        var callbacks = await db.Callbacks.AsNoTracking()
            .Where(c => db.Declarations.Any(d => d.Id == declarationId && (d.DeclarantId == c.PartyId || d.RepresentativeId == c.PartyId)))
            .ToListAsync(cancellationToken);
        if (callbacks.Count == 0 || await db.AlreadyHandledAsync(integrationEvent.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
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
