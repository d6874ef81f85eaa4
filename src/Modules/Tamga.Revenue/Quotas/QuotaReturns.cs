using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Audit;
using Tamga.Platform.Outbox;
using Tamga.Revenue.Data;

namespace Tamga.Revenue.Quotas;

/// <summary>
/// Confirms quota drawings whose declaration was registered and gives back those no declaration uses: a provisional
/// drawing whose declaration has not appeared within <see cref="QuotaOptions.ProvisionalTimeout"/> (the lodging failed
/// or crashed after allocating), and any drawing of a declaration cancelled, invalidated, refused or rejected. Each
/// change is audited on the quota's stream beside its allocation, and written under the same optimistic concurrency as
/// allocation (the balance's version and the drawing's): a writer that lost a race reads again, so a drawing is never
/// returned twice and the balance never goes below zero or above the volume.
/// </summary>
internal sealed class QuotaReturns(IServiceScopeFactory scopes, TimeProvider clock, IOptions<QuotaOptions> options)
{
    /// <summary>The reason of a return for want of a registered declaration (the only one a late registration undoes).</summary>
    public const string Expired = "expired: no registered declaration within the provisional time";

    private const int MaxAttempts = 50;

    /// <summary>The statuses that show a declaration registered (and not ended): its drawings stand.</summary>
    public static readonly IReadOnlySet<string> Registered = new HashSet<string>(StringComparer.Ordinal) { "Registered", "UnderControl", "AwaitingPayment", "Released" };

    /// <summary>The statuses after which a declaration's goods do not use the quota: its drawings go back.</summary>
    public static readonly IReadOnlySet<string> Ended = new HashSet<string>(StringComparer.Ordinal) { "Cancelled", "Invalidated", "Refused", "Rejected" };

    /// <summary>
    /// Applies a change of status of a declaration to its drawings, once per event (<paramref name="eventId"/>, inbox
    /// <paramref name="consumer"/>): registered confirms the provisional ones (and draws again those returned for want
    /// of it); ended returns those still held. Returns how many drawings changed.
    /// </summary>
    public async Task<int> ApplyAsync(Guid eventId, string consumer, Guid declarationId, string status, CancellationToken cancellationToken)
    {
        var registered = Registered.Contains(status);
        if (!registered && !Ended.Contains(status))
        {
            return 0;
        }

        for (var attempt = 1; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
            if (await db.AlreadyHandledAsync(eventId, consumer, cancellationToken))
            {
                return 0;
            }

            var drawings = await db.QuotaDrawings.Where(d => d.DeclarationId == declarationId).OrderBy(d => d.Reference).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var changed = 0;
            foreach (var drawing in drawings)
            {
                var action = registered
                    ? drawing.Status == QuotaDrawingStatus.Provisional ? "quota.confirmed"
                        : drawing.Status == QuotaDrawingStatus.Returned && drawing.ReturnReason == Expired ? "quota.drawn-again" : null
                    : drawing.Status != QuotaDrawingStatus.Returned ? "quota.returned" : null;
                if (action is null)
                {
                    continue;
                }

                await ChangeAsync(db, drawing, action, "system:quota", "declaration " + status.ToLowerInvariant(), now, cancellationToken);
                changed++;
            }

            db.MarkHandled(eventId, consumer, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return changed;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // A concurrent allocation or return changed a balance or a drawing, or the event was handled meanwhile:
                // read again and retry.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Returns the provisional drawings older than the provisional time (at most <paramref name="limit"/>); how many were returned.</summary>
    public async Task<int> ReturnExpiredAsync(int limit, CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.ProvisionalTimeout;
        List<Guid> expired;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
            expired = await db.QuotaDrawings.AsNoTracking()
                .Where(d => d.Status == QuotaDrawingStatus.Provisional && d.At <= cutoff)
                .OrderBy(d => d.At)
                .Select(d => d.Id)
                .Take(limit)
                .ToListAsync(cancellationToken);
        }

        var returned = 0;
        foreach (var id in expired)
        {
            if (await ReturnIfStillProvisionalAsync(id, cutoff, cancellationToken))
            {
                returned++;
            }
        }

        return returned;
    }

    private async Task<bool> ReturnIfStillProvisionalAsync(Guid drawingId, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
            var drawing = await db.QuotaDrawings.FirstOrDefaultAsync(d => d.Id == drawingId, cancellationToken);
            if (drawing is null || drawing.Status != QuotaDrawingStatus.Provisional || drawing.At > cutoff)
            {
                return false; // confirmed or returned meanwhile
            }

            await ChangeAsync(db, drawing, "quota.returned", "system:quota-sweep", Expired, clock.GetUtcNow(), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Confirms, returns or draws again one drawing against its balance, with its audit record on the quota's stream.</summary>
    private static async Task ChangeAsync(RevenueDbContext db, QuotaDrawing drawing, string action, string actor, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var balance = await db.QuotaBalances.FirstAsync(b => b.OrderNumber == drawing.OrderNumber && b.PeriodStart == drawing.PeriodStart, cancellationToken);
        var before = new { balance = balance.Balance, status = drawing.Status.ToString(), held = drawing.Held };
        string summary;
        switch (action)
        {
            case "quota.confirmed":
                drawing.Confirm(now);
                summary = string.Create(CultureInfo.InvariantCulture, $"{drawing.Held} {drawing.Unit} of quota {drawing.OrderNumber} confirmed for {drawing.Reference}: {reason}");
                break;
            case "quota.returned":
                var given = drawing.Return(balance, reason, now);
                summary = string.Create(CultureInfo.InvariantCulture, $"{given} {drawing.Unit} of quota {drawing.OrderNumber} returned from {drawing.Reference}: {reason}");
                break;
            default:
                var drawn = drawing.DrawAgain(balance, now);
                summary = string.Create(CultureInfo.InvariantCulture, $"{drawn} of {drawing.Allocated} {drawing.Unit} of quota {drawing.OrderNumber} drawn again for {drawing.Reference}: its declaration was registered after the drawing had been returned");
                break;
        }

        db.Audit(new AuditEntry(
            QuotaAllocator.Stream(drawing.OrderNumber, drawing.PeriodStart),
            actor,
            action,
            now,
            before,
            new { balance = balance.Balance, status = drawing.Status.ToString(), held = drawing.Held, reference = drawing.Reference, declarationId = drawing.DeclarationId, reason },
            summary));
    }
}

/// <summary>
/// A declaration's change of status reaching Revenue: registered confirms its provisional quota drawings; cancelled,
/// invalidated, refused or rejected returns them (idempotent: once per event, and a returned drawing is never returned again).
/// </summary>
internal sealed class QuotaDrawingsOnDeclarationStatus(RevenueDbContext db, QuotaReturns returns) : IIntegrationEventHandler<DeclarationStatusChanged>, IIntegrationEventBatchFilter<DeclarationStatusChanged>
{
    private const string Consumer = "revenue.quota-drawings";

    /// <summary>Only the events of declarations that drew on a quota need handling: one look for the whole batch.</summary>
    public async Task<IReadOnlyCollection<Guid>> NeedingAsync(IReadOnlyList<DeclarationStatusChanged> events, CancellationToken cancellationToken)
    {
        var relevant = events.Where(e => QuotaReturns.Registered.Contains(e.Status) || QuotaReturns.Ended.Contains(e.Status)).ToList();
        if (relevant.Count == 0)
        {
            return [];
        }

        var ids = relevant.Select(e => (Guid?)e.DeclarationId).Distinct().ToList();
        var drawn = await db.QuotaDrawings.AsNoTracking().Where(d => ids.Contains(d.DeclarationId)).Select(d => d.DeclarationId!.Value).Distinct().ToListAsync(cancellationToken);
        if (drawn.Count == 0)
        {
            return [];
        }

        var set = drawn.ToHashSet();
        return relevant.Where(e => set.Contains(e.DeclarationId)).Select(e => e.EventId).ToList();
    }

    public Task HandleAsync(DeclarationStatusChanged integrationEvent, CancellationToken cancellationToken) =>
        returns.ApplyAsync(integrationEvent.EventId, Consumer, integrationEvent.DeclarationId, integrationEvent.Status, cancellationToken);
}

/// <summary>Every <see cref="QuotaOptions.SweepInterval"/>, returns the provisional drawings no registered declaration claimed in time.</summary>
internal sealed class QuotaSweep(QuotaReturns returns, IOptions<QuotaOptions> options, TimeProvider clock, ILogger<QuotaSweep> logger) : BackgroundService
{
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    int returned;
                    do
                    {
                        returned = await returns.ReturnExpiredAsync(Batch, stoppingToken);
                        if (returned > 0)
                        {
                            logger.LogInformation("Returned {Count} provisional quota drawings no registered declaration claimed", returned);
                        }
                    }
                    while (returned == Batch);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "The quota sweep failed; it runs again at the next interval");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
