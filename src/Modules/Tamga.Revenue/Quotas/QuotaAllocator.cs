using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Platform.Audit;
using Tamga.Revenue.Calculation;
using Tamga.Revenue.Data;
using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.Quotas;

/// <summary>
/// Allocates tariff quota balances: the transactional step beside the pure calculation, whose result
/// (<see cref="QuotaAllocation"/>) the <see cref="DeclarationAssessor"/> takes as input. First come, first served: an item
/// gets what it asks while the balance lasts, a part of it when less is left (the item is then split), nothing when the
/// quota is exhausted. The balance row is created from the tariff's quota terms on first use. Concurrent allocations
/// never over-allocate: each one reads the balance, takes from it and writes it back under the row's version (a writer
/// that lost the race retries on a fresh read); the same reference (declaration item) is allocated once. A drawing is
/// provisional until its declaration is known to be registered (<see cref="QuotaReturns"/>), which gives it back when
/// the declaration never appears or is cancelled, invalidated or refused.
/// </summary>
internal sealed class QuotaAllocator(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int MaxAttempts = 50;

    public static string Stream(string orderNumber, DateOnly periodStart) =>
        string.Create(CultureInfo.InvariantCulture, $"quota/{orderNumber}/{periodStart:yyyy-MM-dd}");

    /// <summary>
    /// Allocates up to <paramref name="requested"/> (in the quota's unit) of the quota to <paramref name="reference"/>, a
    /// goods item of declaration <paramref name="declarationId"/> when there is one (its events confirm or return the drawing).
    /// </summary>
    public async Task<QuotaAllocation> AllocateAsync(TariffQuotaTerms terms, string reference, decimal requested, string actor, CancellationToken cancellationToken, Guid? declarationId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        if (requested <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "A quota allocation asks for a positive quantity.");
        }

        for (var attempt = 1; ; attempt++)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
            var known = await db.Set<QuotaDrawing>().AsNoTracking()
                .FirstOrDefaultAsync(d => d.OrderNumber == terms.OrderNumber && d.PeriodStart == terms.PeriodStart && d.Reference == reference, cancellationToken);
            if (known is not null)
            {
                return new QuotaAllocation(known.OrderNumber, known.Requested, known.Allocated, known.Unit, "allocated earlier to " + reference);
            }

            var balance = await db.Set<QuotaBalance>().FirstOrDefaultAsync(b => b.OrderNumber == terms.OrderNumber && b.PeriodStart == terms.PeriodStart, cancellationToken);
            if (balance is null)
            {
                balance = new QuotaBalance { OrderNumber = terms.OrderNumber, PeriodStart = terms.PeriodStart, PeriodEnd = terms.PeriodEnd, Volume = terms.Volume, Unit = terms.Unit };
                db.Add(balance);
            }

            var before = balance.Balance;
            var taken = balance.Take(requested);
            var now = clock.GetUtcNow();
            db.Add(QuotaDrawing.Provisional(new TariffQuotaRef(terms.OrderNumber, terms.PeriodStart), reference, declarationId, requested, taken, terms.Unit, now));
            db.Audit(new AuditEntry(
                Stream(terms.OrderNumber, terms.PeriodStart),
                actor,
                "quota.allocated",
                now,
                new { balance = before },
                new { balance = balance.Balance, reference, declarationId, requested, allocated = taken, status = nameof(QuotaDrawingStatus.Provisional) },
                string.Create(CultureInfo.InvariantCulture, $"{taken} of {requested} {terms.Unit} of quota {terms.OrderNumber} to {reference}")));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                var how = taken == requested ? "allocated in full" : taken == 0m ? "quota exhausted" : "partial allocation: the balance was less than asked";
                return new QuotaAllocation(terms.OrderNumber, requested, taken, terms.Unit, how);
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Another allocation changed the balance (version), created the row, or allocated this reference first:
                // read again and retry.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>The balance of a quota for a period, or null when nothing has been allocated from it yet (the whole volume is left).</summary>
    public async Task<QuotaBalance?> BalanceAsync(string orderNumber, DateOnly periodStart, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
        return await db.Set<QuotaBalance>().AsNoTracking().FirstOrDefaultAsync(b => b.OrderNumber == orderNumber && b.PeriodStart == periodStart, cancellationToken);
    }
}
