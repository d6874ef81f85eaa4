using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Outbox;
using Tamga.Revenue.Data;

namespace Tamga.Revenue.Accounts;

/// <summary>Books the debt of an assessment with duties due and secures it if it can, once per event (inbox).</summary>
internal sealed class DutiesAssessedHandler(RevenueDbContext db, Settlement settlement, TimeProvider clock) : IIntegrationEventHandler<DutiesAssessed>
{
    private const string Consumer = "revenue.book-debt";

    public async Task HandleAsync(DutiesAssessed integrationEvent, CancellationToken cancellationToken)
    {
        if (await db.AlreadyHandledAsync(integrationEvent.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        await settlement.BookAsync(integrationEvent, now, cancellationToken);
        db.MarkHandled(integrationEvent.EventId, Consumer, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A declaration cancelled before release: its unpaid debts are withdrawn (what was paid becomes refundable).</summary>
internal sealed class DeclarationCancelledHandler(RevenueDbContext db, Settlement settlement, TimeProvider clock) : IIntegrationEventHandler<DeclarationStatusChanged>, IIntegrationEventBatchFilter<DeclarationStatusChanged>
{
    private const string Consumer = "revenue.declaration-cancelled";

    /// <summary>Only cancellations concern Revenue: every other change of status is passed by without a call.</summary>
    public Task<IReadOnlyCollection<Guid>> NeedingAsync(IReadOnlyList<DeclarationStatusChanged> events, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<Guid>>(events.Where(e => e.Status == "Cancelled").Select(e => e.EventId).ToList());

    public async Task HandleAsync(DeclarationStatusChanged integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Status != "Cancelled" || await db.AlreadyHandledAsync(integrationEvent.EventId, Consumer, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var debts = await db.Debts.Include(d => d.Lines).Where(d => d.DeclarationId == integrationEvent.DeclarationId && d.Status != DebtStatus.Cancelled).ToListAsync(cancellationToken);
        foreach (var debt in debts.Where(d => d.Refunded == 0m))
        {
            await settlement.CancelAsync(debt, now, "system:revenue", "declaration cancelled", cancellationToken);
        }

        db.MarkHandled(integrationEvent.EventId, Consumer, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
