using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Declarations.Data;
using Tamga.Declarations.Domain;
using Tamga.Declarations.Processing;
using Tamga.Platform.Outbox;
using Tamga.Risk.Contracts;

namespace Tamga.Declarations.ReassessOpenDeclarations;

/// <summary>
/// When the risk criteria change, the declarations not yet released (waiting for payment, or under a documentary
/// check) are assessed again through the risk port and escalated when the new channel is higher — the officer sees
/// them in the queue with the new reasons. When the change is new information on parties, only the declarations
/// naming them. Idempotent by event id; works in batches so that memory stays flat.
/// </summary>
internal sealed class ReassessOnRiskChange(DeclarationsDbContext db, IRiskAssessment risk, DeclarationStore store, TimeProvider clock) : IIntegrationEventHandler<RiskCriteriaChanged>
{
    private const string Consumer = "declarations.risk-reassessment";
    private const int BatchSize = 200;

    public async Task HandleAsync(RiskCriteriaChanged integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(integrationEvent.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var query = db.Declarations.AsNoTracking()
            .Where(d => d.Status == DeclarationStatus.AwaitingPayment || (d.Status == DeclarationStatus.UnderControl && d.Channel != Channel.Red));
        if (integrationEvent.Parties.Count > 0)
        {
            // New information on particular parties: only the declarations naming one of them.
            var parties = integrationEvent.Parties.ToList();
            query = query.Where(d => parties.Contains(d.DeclarantId) || parties.Contains(d.ImporterId!) || parties.Contains(d.RepresentativeId!) || parties.Contains(d.ExporterId!));
        }

        var open = await query
            .OrderBy(d => d.LodgedAt)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
        foreach (var batch in open.Chunk(BatchSize))
        {
            var declarations = await db.Declarations
                .Include(d => d.History)
                .Include(d => d.Notifications)
                .AsSplitQuery()
                .Where(d => batch.Contains(d.Id))
                .ToListAsync(cancellationToken);
            foreach (var declaration in declarations)
            {
                if (StoredFacts.Of(declaration) is not { } facts)
                {
                    continue;
                }

                var before = declaration.Snapshot();
                var decision = await risk.AssessAsync(facts, cancellationToken);
                if (declaration.Reassess(decision, integrationEvent.Change, clock.GetUtcNow()))
                {
                    store.Record(declaration, before);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        db.MarkHandled(integrationEvent.EventId, Consumer, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
