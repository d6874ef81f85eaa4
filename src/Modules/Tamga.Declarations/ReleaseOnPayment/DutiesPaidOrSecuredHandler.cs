using Tamga.Declarations.Data;
using Tamga.Declarations.Processing;
using Tamga.Platform.Outbox;
using Tamga.Revenue.Contracts;

namespace Tamga.Declarations.ReleaseOnPayment;

/// <summary>
/// Release on payment: when Revenue reports a declaration's duties paid or secured, a declaration waiting in
/// AwaitingPayment is released (DMSCLE), with its timestamp, audit record and status event, in one commit with
/// the inbox mark, so a redelivered event changes nothing.
/// </summary>
internal sealed class DutiesPaidOrSecuredHandler(DeclarationsDbContext db, DeclarationStore store, TimeProvider clock) : IIntegrationEventHandler<DutiesPaidOrSecured>
{
    private const string Consumer = "declarations.release-on-payment";

    public async Task HandleAsync(DutiesPaidOrSecured integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(integrationEvent.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (await store.FindAsync(integrationEvent.DeclarationId, cancellationToken) is { } declaration)
        {
            var before = declaration.Snapshot();
            if (declaration.SettleDuties(integrationEvent.DeclarationVersion, integrationEvent.How, now))
            {
                store.Record(declaration, before);
            }
        }

        db.MarkHandled(integrationEvent.EventId, Consumer, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
