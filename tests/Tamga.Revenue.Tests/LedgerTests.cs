using Microsoft.Extensions.DependencyInjection;
using Tamga.Revenue.Data;
using Tamga.Revenue.Ledger;

namespace Tamga.Revenue.Tests;

public sealed class LedgerTests
{
    [Fact]
    public async Task AnUnbalancedEntry_IsRefused()
    {
        using var host = new RevenueTestHost();
        await Assert.ThrowsAsync<LedgerException>(() => host.RunAsync(sp => sp.GetRequiredService<LedgerBook>().PostAsync("test", Guid.NewGuid(), host.Clock.GetUtcNow(), "test", "unbalanced",
            [new(ChartOfAccounts.Bank, "GBP", 10m), new(ChartOfAccounts.Receivable("GB1"), "GBP", -9.99m)], CancellationToken.None)));
    }

    [Fact]
    public async Task AMovementThatWouldTurnTheBankNegative_IsRefused_AndNothingIsWritten()
    {
        using var host = new RevenueTestHost();
        await host.RunAsync(async sp =>
        {
            var ledger = sp.GetRequiredService<LedgerBook>();
            await ledger.PostAsync("test", Guid.NewGuid(), host.Clock.GetUtcNow(), "test", "collect", [new(ChartOfAccounts.Bank, "GBP", 10m), new(ChartOfAccounts.Receivable("GB1"), "GBP", 10m), new(ChartOfAccounts.Revenue("A00"), "GBP", -20m)], CancellationToken.None);
            await sp.GetRequiredService<RevenueDbContext>().SaveChangesAsync();
            return 0;
        });
        await Assert.ThrowsAsync<LedgerException>(() => host.RunAsync(sp => sp.GetRequiredService<LedgerBook>().PostAsync("test", Guid.NewGuid(), host.Clock.GetUtcNow(), "test", "refund too much",
            [new(ChartOfAccounts.Refunds("drawback"), "GBP", 10.01m), new(ChartOfAccounts.Bank, "GBP", -10.01m)], CancellationToken.None)));
        var balance = await host.RunAsync(sp => sp.GetRequiredService<LedgerBook>().BalanceOfAsync(ChartOfAccounts.Bank, "GBP", CancellationToken.None));
        Assert.Equal(10m, balance);
    }
}
