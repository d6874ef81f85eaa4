using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Platform.Outbox;
using Tamga.Revenue.Data;
using Tamga.Revenue.Quotas;
using Tamga.Tariff.Contracts;

namespace Tamga.Host.Tests.Revenue;

/// <summary>
/// Quota drawings no declaration uses go back to the balance (SQLite and PostgreSQL): a provisional drawing whose
/// declaration never appears is returned by the sweep after the provisional time; a registered declaration confirms
/// its drawing, and its cancellation returns it; replayed events return nothing twice; returns racing allocations
/// keep the balance equal to what the drawings hold.
/// </summary>
public sealed class QuotaReturnTests(QuotaReturnTests.ClockedFactory factory) : IClassFixture<QuotaReturnTests.ClockedFactory>
{
    private static TariffQuotaTerms Terms(decimal volume) => new(
        "R" + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture),
        ["2009"], [TariffQuotaTerms.AnyOrigin], ["122"], 5m, volume, "KGM",
        new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "test quota", "test terms");

    private QuotaAllocator Allocator => factory.Services.GetRequiredService<QuotaAllocator>();

    private QuotaReturns Returns => factory.Services.GetRequiredService<QuotaReturns>();

    [Fact]
    public async Task ADrawingWithNoDeclaration_IsReturnedAfterTheProvisionalTime_AndDrawnAgainIfTheRegistrationComesLate()
    {
        var terms = Terms(1000m);
        var declaration = Guid.NewGuid();
        var allocation = await Allocator.AllocateAsync(terms, $"{declaration}/1", 600m, "test", CancellationToken.None, declaration);
        Assert.Equal(600m, allocation.Allocated);

        // Within the provisional time nothing goes back.
        factory.Clock.Advance(TimeSpan.FromMinutes(119));
        await Returns.ReturnExpiredAsync(1000, CancellationToken.None);
        Assert.Equal(QuotaDrawingStatus.Provisional, (await DrawingsAsync(terms)).Single().Status);
        Assert.Equal(400m, (await BalanceAsync(terms)).Balance);

        // Past it, the lodging evidently never committed: the drawing is returned, once.
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await Returns.ReturnExpiredAsync(1000, CancellationToken.None);
        await Returns.ReturnExpiredAsync(1000, CancellationToken.None);
        var returned = (await DrawingsAsync(terms)).Single();
        Assert.Equal(QuotaDrawingStatus.Returned, returned.Status);
        Assert.Equal(0m, returned.Held);
        Assert.Equal(600m, returned.Allocated);
        Assert.Equal(1000m, (await BalanceAsync(terms)).Balance);
        Assert.Equal(["quota.allocated", "quota.returned"], await AuditActionsAsync(terms));

        // Another declaration takes 700 of what came back.
        var other = Guid.NewGuid();
        Assert.Equal(700m, (await Allocator.AllocateAsync(terms, $"{other}/1", 700m, "test", CancellationToken.None, other)).Allocated);

        // The first declaration's registration arrives after all (a long outage): it draws again what is left.
        await HandleAsync(Status(declaration, "Registered"));
        var late = (await DrawingsAsync(terms)).Single(d => d.DeclarationId == declaration);
        Assert.Equal(QuotaDrawingStatus.Confirmed, late.Status);
        Assert.Equal(300m, late.Held);
        var balance = await BalanceAsync(terms);
        Assert.Equal(1000m, balance.Allocated);
        Assert.Equal(0m, balance.Balance);
        Assert.Equal((await DrawingsAsync(terms)).Sum(d => d.Held), balance.Allocated);
    }

    [Fact]
    public async Task ARegisteredDeclaration_KeepsItsDrawing_UntilItIsCancelled_AndReplaysReturnNothingTwice()
    {
        var terms = Terms(1000m);
        var declaration = Guid.NewGuid();
        await Allocator.AllocateAsync(terms, $"{declaration}/1", 300m, "test", CancellationToken.None, declaration);
        await Allocator.AllocateAsync(terms, $"{declaration}/2", 200m, "test", CancellationToken.None, declaration);

        // Only events of declarations that drew on a quota are handled at all.
        var registered = Status(declaration, "Registered");
        var unrelated = Status(Guid.NewGuid(), "Cancelled");
        var handler = Handler();
        Assert.Equal([registered.EventId], await ((IIntegrationEventBatchFilter<DeclarationStatusChanged>)handler).NeedingAsync([registered, unrelated], CancellationToken.None));

        await HandleAsync(registered);
        await HandleAsync(Status(declaration, "Released"));
        Assert.All(await DrawingsAsync(terms), d => Assert.Equal(QuotaDrawingStatus.Confirmed, d.Status));

        // Confirmed drawings outlive the provisional time.
        factory.Clock.Advance(TimeSpan.FromHours(3));
        await Returns.ReturnExpiredAsync(1000, CancellationToken.None);
        Assert.Equal(500m, (await BalanceAsync(terms)).Allocated);

        // Cancelled: both go back; the same event again (at-least-once delivery) and a later invalidation change nothing.
        var cancelled = Status(declaration, "Cancelled");
        await HandleAsync(cancelled);
        await HandleAsync(cancelled);
        Assert.Equal(0, await Returns.ApplyAsync(cancelled.EventId, "revenue.quota-drawings", declaration, "Cancelled", CancellationToken.None));
        await HandleAsync(Status(declaration, "Invalidated"));
        var drawings = await DrawingsAsync(terms);
        Assert.All(drawings, d => Assert.Equal(QuotaDrawingStatus.Returned, d.Status));
        Assert.All(drawings, d => Assert.Equal(0m, d.Held));
        Assert.Equal(0m, (await BalanceAsync(terms)).Allocated);
        Assert.Equal(2, (await AuditActionsAsync(terms)).Count(a => a == "quota.returned"));
        Assert.Equal(2, (await AuditActionsAsync(terms)).Count(a => a == "quota.confirmed"));

        // A late "registered" for a cancelled declaration does not draw again (only a return for want of registration is undone).
        await HandleAsync(Status(declaration, "Registered"));
        Assert.Equal(0m, (await BalanceAsync(terms)).Allocated);
    }

    [Fact]
    public async Task ConcurrentReturnsAndAllocations_KeepTheBalanceExact()
    {
        var terms = Terms(1000m);
        var first = Enumerable.Range(1, 10).Select(_ => Guid.NewGuid()).ToList();
        foreach (var declaration in first)
        {
            await Allocator.AllocateAsync(terms, $"{declaration}/1", 100m, "test", CancellationToken.None, declaration);
        }

        Assert.Equal(0m, (await BalanceAsync(terms)).Balance);
        foreach (var declaration in first.Skip(5))
        {
            await HandleAsync(Status(declaration, "Registered"));
        }

        // At once: five declarations cancelled, each event delivered twice and an invalidation besides; the sweep
        // (the five still provisional are past their time); and ten new declarations asking 100 each.
        factory.Clock.Advance(TimeSpan.FromHours(3));
        var second = Enumerable.Range(1, 10).Select(_ => Guid.NewGuid()).ToList();
        var work = new List<Task>();
        foreach (var declaration in first.Take(5))
        {
            var cancelled = Status(declaration, "Cancelled");
            work.Add(Task.Run(() => HandleAsync(cancelled)));
            work.Add(Task.Run(() => HandleAsync(cancelled)));
            work.Add(Task.Run(() => HandleAsync(Status(declaration, "Invalidated"))));
        }

        work.Add(Task.Run(() => Returns.ReturnExpiredAsync(1000, CancellationToken.None)));
        work.AddRange(second.Select(declaration => Task.Run(() => Allocator.AllocateAsync(terms, $"{declaration}/1", 100m, "test", CancellationToken.None, declaration))));
        await Task.WhenAll(work);

        var drawings = await DrawingsAsync(terms);
        var balance = await BalanceAsync(terms);
        Assert.Equal(drawings.Sum(d => d.Held), balance.Allocated);
        Assert.InRange(balance.Allocated, 0m, 1000m);
        Assert.Equal(5, drawings.Count(d => first.Take(5).Contains(d.DeclarationId!.Value) && d.Status == QuotaDrawingStatus.Returned));
        Assert.Equal(500m, drawings.Where(d => first.Skip(5).Contains(d.DeclarationId!.Value)).Sum(d => d.Held));
        var actions = await AuditActionsAsync(terms);
        Assert.Equal(5, actions.Count(a => a == "quota.returned"));
        Assert.Equal(20, actions.Count(a => a == "quota.allocated"));

        // What came back is there to take: the five 100 kg returned, less what the racing allocations got.
        var late = Guid.NewGuid();
        var got = await Allocator.AllocateAsync(terms, $"{late}/1", 1000m, "test", CancellationToken.None, late);
        Assert.Equal(1000m - balance.Allocated, got.Allocated);
        Assert.Equal(1000m, (await BalanceAsync(terms)).Allocated);
    }

    private static DeclarationStatusChanged Status(Guid declaration, string status) =>
        new(declaration, "LRN-" + declaration.ToString("N")[..8], null, "GB123456789000", status, null, null);

    private QuotaDrawingsOnDeclarationStatus Handler() =>
        factory.Services.CreateScope().ServiceProvider.GetServices<IIntegrationEventHandler<DeclarationStatusChanged>>().OfType<QuotaDrawingsOnDeclarationStatus>().Single();

    private async Task HandleAsync(DeclarationStatusChanged integrationEvent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<DeclarationStatusChanged>>().OfType<QuotaDrawingsOnDeclarationStatus>().Single();
        await handler.HandleAsync(integrationEvent, CancellationToken.None);
    }

    private async Task<List<QuotaDrawing>> DrawingsAsync(TariffQuotaTerms terms)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
        return await db.QuotaDrawings.AsNoTracking().Where(d => d.OrderNumber == terms.OrderNumber).ToListAsync();
    }

    private async Task<QuotaBalance> BalanceAsync(TariffQuotaTerms terms) =>
        (await Allocator.BalanceAsync(terms.OrderNumber, terms.PeriodStart, CancellationToken.None))!;

    private async Task<List<string>> AuditActionsAsync(TariffQuotaTerms terms)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RevenueDbContext>();
        var stream = QuotaAllocator.Stream(terms.OrderNumber, terms.PeriodStart);
        return await db.AuditRecords.AsNoTracking().Where(r => r.Stream == stream).OrderBy(r => r.Sequence).Select(r => r.Action).ToListAsync();
    }

    /// <summary>The host with a clock the test moves, and a provisional time of two hours the background sweep never reaches on its own during a test.</summary>
    public sealed class ClockedFactory : TamgaFactory
    {
        public ManualClock Clock { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Modules:Revenue:Quotas:ProvisionalTimeout", "02:00:00");
            builder.UseSetting("Modules:Revenue:Quotas:SweepInterval", "01:00:00");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>The real time, moved forward by the test.</summary>
    public sealed class ManualClock : TimeProvider
    {
        private long _offset;

        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offset));

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offset, by.Ticks);
    }
}
