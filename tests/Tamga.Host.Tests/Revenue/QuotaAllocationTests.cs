using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Revenue.Data;
using Tamga.Revenue.Quotas;
using Tamga.Tariff.Contracts;

namespace Tamga.Host.Tests.Revenue;

/// <summary>
/// Tariff quota allocation against the balance in the revenue database (SQLite and PostgreSQL): first come, first served,
/// a partial allocation when less is left, nothing once exhausted, never more than the volume under concurrent requests,
/// and one allocation per declaration item.
/// </summary>
public sealed class QuotaAllocationTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private static TariffQuotaTerms Terms(decimal volume) => new(
        "T" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["2009"], [TariffQuotaTerms.AnyOrigin], ["122"], 5m, volume, "KGM",
        new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "test quota", "test terms");

    [Fact]
    public async Task Allocation_IsFullThenPartialThenNothing_AndOncePerReference()
    {
        var allocator = factory.Services.GetRequiredService<QuotaAllocator>();
        var terms = Terms(1000m);

        var first = await allocator.AllocateAsync(terms, "decl-a/1", 600m, "test", CancellationToken.None);
        Assert.Equal(600m, first.Allocated);
        Assert.Equal(1m, first.Share);

        var second = await allocator.AllocateAsync(terms, "decl-b/1", 600m, "test", CancellationToken.None);
        Assert.Equal(400m, second.Allocated); // partial: the item is split
        Assert.Contains("partial", second.Source, StringComparison.Ordinal);

        var third = await allocator.AllocateAsync(terms, "decl-c/1", 10m, "test", CancellationToken.None);
        Assert.Equal(0m, third.Allocated); // exhausted: the normal rate applies

        // The same declaration item again (a reassessment): the allocation it had, nothing more taken.
        var again = await allocator.AllocateAsync(terms, "decl-a/1", 600m, "test", CancellationToken.None);
        Assert.Equal(600m, again.Allocated);
        var balance = await allocator.BalanceAsync(terms.OrderNumber, terms.PeriodStart, CancellationToken.None);
        Assert.Equal(1000m, balance!.Allocated);
        Assert.Equal(0m, balance.Balance);
    }

    [Fact]
    public async Task ConcurrentAllocations_NeverExceedTheVolume()
    {
        var allocator = factory.Services.GetRequiredService<QuotaAllocator>();
        var terms = Terms(1000m);

        // 24 items of 70 kg asked at once (1,680 kg) from a quota of 1,000 kg.
        var allocations = await Task.WhenAll(Enumerable.Range(1, 24).Select(i =>
            Task.Run(() => allocator.AllocateAsync(terms, $"race/{i}", 70m, "test", CancellationToken.None))));

        Assert.Equal(1000m, allocations.Sum(a => a.Allocated));
        Assert.Equal(14, allocations.Count(a => a.Allocated == 70m));
        Assert.Equal(1, allocations.Count(a => a.Allocated is > 0m and < 70m)); // the one partial: 20 kg
        Assert.All(allocations, a => Assert.InRange(a.Allocated, 0m, 70m));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
        var drawn = await db.QuotaDrawings.Where(d => d.OrderNumber == terms.OrderNumber).ToListAsync();
        Assert.Equal(24, drawn.Count);
        Assert.Equal(1000m, drawn.Sum(d => d.Allocated));
        var balance = await db.QuotaBalances.SingleAsync(b => b.OrderNumber == terms.OrderNumber);
        Assert.Equal(1000m, balance.Allocated);
    }
}
