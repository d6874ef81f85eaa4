using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tamga.Host.Tests.Declarations;
using static Tamga.Host.Tests.Revenue.RevenueSteps;

namespace Tamga.Host.Tests.Revenue;

/// <summary>Duties secured without paying at once: a guarantee's reservation, a deferred account's charge and direct debit.</summary>
public sealed class SecurityTests(RevenueFactory factory) : IClassFixture<RevenueFactory>
{
    [Fact]
    public async Task AGuarantee_SecuresTheDebt_ReleasesTheGoods_AndIsReleasedWhenTheDebtIsPaid()
    {
        using var broker = await factory.ClientForAsync("broker");
        using var finance = await factory.ClientForAsync("finance");

        // A debt waiting for payment is secured as soon as a covering guarantee is accepted.
        var waitingId = await LodgeAsync(broker, "GUAR-0001", Broker);
        var waiting = await DebtOfAsync(broker, waitingId);
        Assert.Equal("AwaitingPayment", await StatusOfDeclarationAsync(broker, waitingId));
        var amount = waiting.GetProperty("amount").GetDecimal();

        var bad = await finance.PostAsJsonAsync("/api/v1/revenue/guarantees", new { reference = "GB-GUAR-1", party = Broker, kind = "eternal", currency = "ZZZ", referenceAmount = -1m });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("REV-GUARANTEE-KIND", problem, StringComparison.Ordinal);
        Assert.Contains("REV-CURRENCY-UNKNOWN", problem, StringComparison.Ordinal);
        Assert.Contains("REV-AMOUNT-POSITIVE", problem, StringComparison.Ordinal);

        var accepted = await finance.PostAsJsonAsync("/api/v1/revenue/guarantees", new { reference = "GB-GUAR-1", party = Broker, kind = "comprehensive", currency = "GBP", referenceAmount = amount * 2.5m });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var guarantee = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(amount, guarantee.GetProperty("reserved").GetDecimal());
        await WaitForDeclarationAsync(broker, waitingId, "Released");

        // A new declaration is secured automatically; a third no longer fits and waits for payment.
        var securedId = await LodgeAsync(broker, "GUAR-0002", Broker);
        await WaitForDeclarationAsync(broker, securedId, "Released");
        var secured = await DebtOfAsync(broker, securedId);
        Assert.Equal("Secured", secured.GetProperty("status").GetString());
        var overId = await LodgeAsync(broker, "GUAR-0003", Broker);
        Assert.Equal("Open", (await DebtOfAsync(broker, overId)).GetProperty("status").GetString());
        Assert.Equal("AwaitingPayment", await StatusOfDeclarationAsync(broker, overId));

        var lowered = await finance.PutAsJsonAsync($"/api/v1/revenue/guarantees/{guarantee.GetProperty("id").GetString()}", new { referenceAmount = amount });
        Assert.Equal(HttpStatusCode.BadRequest, lowered.StatusCode);
        Assert.Contains("REV-GUARANTEE-RESERVED", await lowered.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Paying a secured debt releases its reservation electronically.
        var started = await (await PayAsync(broker, secured.GetProperty("id").GetGuid(), "guar-0002-pay")).Content.ReadFromJsonAsync<JsonElement>();
        await WaitForPaymentAsync(broker, started.GetProperty("id").GetString()!, "Confirmed");
        var account = await SimpleImport.GetAsync(broker, "/api/v1/revenue/my/account");
        var after = account.GetProperty("guarantees").EnumerateArray().Single(g => g.GetProperty("reference").GetString() == "GB-GUAR-1");
        Assert.Equal(amount, after.GetProperty("reserved").GetDecimal());
        await ReconcileAsync(finance);
    }

    [Fact]
    public async Task ADeferredAccount_IsCharged_ThenTheMonthlyStatementIsSettledByDirectDebit()
    {
        using var admin = await factory.ClientForAsync("admin");
        const string party = "GB123456789000";
        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "deferring", password = "deferring-pass", roles = new[] { "trader" }, party });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        using var trader = await factory.ClientForAsync("deferring", "deferring-pass");
        using var finance = await factory.ClientForAsync("finance");

        var opened = await finance.PostAsJsonAsync("/api/v1/revenue/deferred-accounts", new { number = "DAN-1234567", party, currency = "GBP", limit = 5000m });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var accountId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await finance.PostAsJsonAsync("/api/v1/revenue/deferred-accounts", new { number = "DAN-1234567", party, currency = "GBP", limit = 5000m })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync("/api/v1/revenue/deferred-accounts", new { number = "DAN-7", party, currency = "GBP", limit = 1e9m })).StatusCode);

        var id = await LodgeAsync(trader, "DEFER-0001", party);
        await WaitForDeclarationAsync(trader, id, "Released");
        var debt = await DebtOfAsync(trader, id);
        Assert.Equal("Deferred", debt.GetProperty("status").GetString());
        var amount = debt.GetProperty("amount").GetDecimal();
        Assert.Equal(HttpStatusCode.Conflict, (await PayAsync(trader, debt.GetProperty("id").GetGuid(), "defer-0001-pay")).StatusCode);

        // Over the limit: the next one waits for payment.
        var big = await LodgeAsync(trader, "DEFER-0002", party, value: 100_000m);
        Assert.Equal("Open", (await DebtOfAsync(trader, big)).GetProperty("status").GetString());

        var period = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.BadRequest, (await finance.PostAsJsonAsync($"/api/v1/revenue/deferred-accounts/{accountId}/statements", new { period = "2026-13" })).StatusCode);
        var issued = await finance.PostAsJsonAsync($"/api/v1/revenue/deferred-accounts/{accountId}/statements", new { period });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var statement = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(amount, statement.GetProperty("total").GetDecimal());
        var statementId = statement.GetProperty("id").GetString();
        var debited = await finance.PostAsync($"/api/v1/revenue/deferred-accounts/{accountId}/statements/{statementId}/direct-debit", null);
        Assert.Equal(HttpStatusCode.OK, debited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await finance.PostAsync($"/api/v1/revenue/deferred-accounts/{accountId}/statements/{statementId}/direct-debit", null)).StatusCode);
        var accounts = await SimpleImport.GetAsync(finance, "/api/v1/revenue/deferred-accounts");
        Assert.Equal(0m, accounts.EnumerateArray().Single(a => a.GetProperty("number").GetString() == "DAN-1234567").GetProperty("used").GetDecimal());
        var report = await ReconcileAsync(finance);
        Assert.True(report.GetProperty("currencies").EnumerateArray().Single(c => c.GetProperty("currency").GetString() == "GBP").GetProperty("directDebited").GetDecimal() >= amount);
    }

    [Fact]
    public async Task ACancelledDeclaration_WithdrawsItsUnpaidDebt()
    {
        using var broker = await factory.ClientForAsync("broker");
        using var finance = await factory.ClientForAsync("finance");
        var id = await LodgeAsync(broker, "CANCEL-REV-1", Broker, value: 1_000_000m);
        var debt = await DebtOfAsync(broker, id);
        var cancel = await broker.PostAsJsonAsync($"/api/v1/declarations/{id}/cancellation", new { reason = "Lodged by mistake" });
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        await UntilAsync(async () => (await SimpleImport.GetAsync(broker, $"/api/v1/revenue/debts/{debt.GetProperty("id").GetString()}")).GetProperty("status").GetString() == "Cancelled", "the debt to be cancelled");
        await ReconcileAsync(finance);
    }
}
