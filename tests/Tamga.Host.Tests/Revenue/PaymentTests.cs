using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tamga.Host.Tests.Declarations;
using static Tamga.Host.Tests.Revenue.RevenueSteps;

namespace Tamga.Host.Tests.Revenue;

public sealed class PaymentTests(RevenueFactory factory) : IClassFixture<RevenueFactory>
{
    private const string SandboxSecret = "sandbox-callback-secret-change-me";

    [Fact]
    public async Task ADeclarationWithDutyDue_WaitsForPayment_AndIsReleasedOncePaidInTheSandbox()
    {
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeAsync(trader, "PAY-0001");
        Assert.Equal("AwaitingPayment", await StatusOfDeclarationAsync(trader, id));
        var debt = await DebtOfAsync(trader, id);
        Assert.Equal("Open", debt.GetProperty("status").GetString());
        var amount = debt.GetProperty("amount").GetDecimal();
        Assert.True(amount > 0m);
        Assert.Equal(amount, debt.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()));
        var debtId = debt.GetProperty("id").GetGuid();

        var pay = await PayAsync(trader, debtId, "pay-0001-a");
        Assert.Equal(HttpStatusCode.Accepted, pay.StatusCode);
        var payment = await pay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", payment.GetProperty("status").GetString());
        Assert.Equal(amount, payment.GetProperty("amount").GetDecimal());
        var paymentId = payment.GetProperty("id").GetString()!;

        // The same request again (same key) is the same payment, not a second charge.
        var again = await PayAsync(trader, debtId, "pay-0001-a");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(paymentId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());

        await WaitForPaymentAsync(trader, paymentId, "Confirmed");
        await WaitForDeclarationAsync(trader, id, "Released");
        var notifications = await SimpleImport.GetAsync(trader, $"/api/v1/declarations/{id}/notifications");
        Assert.Equal("DMSCLE", notifications.EnumerateArray().Last().GetProperty("type").GetString());

        // Paying twice is impossible: a new key on a paid debt is refused.
        var twice = await PayAsync(trader, debtId, "pay-0001-b");
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("REV-PAY-SETTLED", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var finance = await factory.ClientForAsync("finance");
        await ReconcileAsync(finance);

        // The screens: the trader's account lists the paid debt; finance sees the reconciliation with zero difference.
        var page = await trader.GetStringAsync("/revenue/account");
        Assert.Contains("PAY-0001", page, StringComparison.Ordinal);
        Assert.Contains("SANDBOX", page, StringComparison.Ordinal);
        var financePage = await finance.GetStringAsync("/revenue/finance");
        Assert.Contains("Zero difference", financePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Differences found", financePage, StringComparison.Ordinal);
        Assert.Contains("<svg", financePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/revenue/finance")).StatusCode);
        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task ADeclinedPayment_LeavesTheDebtOpen_AndAnotherAttemptSucceeds()
    {
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeAsync(trader, "PAY-0002");
        var debtId = (await DebtOfAsync(trader, id)).GetProperty("id").GetGuid();
        var declined = await (await PayAsync(trader, debtId, "pay-0002-a", "decline")).Content.ReadFromJsonAsync<JsonElement>();
        var payment = await WaitForPaymentAsync(trader, declined.GetProperty("id").GetString()!, "Declined");
        Assert.Contains("sandbox", payment.GetProperty("declineReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("AwaitingPayment", await StatusOfDeclarationAsync(trader, id));

        var second = await PayAsync(trader, debtId, "pay-0002-b", "duplicate");
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        await WaitForPaymentAsync(trader, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, "Confirmed");
        await WaitForDeclarationAsync(trader, id, "Released");
        using var finance = await factory.ClientForAsync("finance");
        await ReconcileAsync(finance);
    }

    [Fact]
    public async Task ConcurrentPayments_OfOneDebt_StartOnlyOne()
    {
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeAsync(trader, "PAY-0003");
        var debtId = (await DebtOfAsync(trader, id)).GetProperty("id").GetGuid();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => PayAsync(trader, debtId, $"pay-0003-{i}", "timeout")));
        Assert.Equal(1, attempts.Count(r => r.StatusCode == HttpStatusCode.Accepted));
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Accepted), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task GatewayCallbacks_AreSigned_AndAReplayChangesNothing()
    {
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeAsync(trader, "PAY-0004");
        var debt = await DebtOfAsync(trader, id);
        var debtId = debt.GetProperty("id").GetGuid();
        var started = await (await PayAsync(trader, debtId, "pay-0004-a", "timeout")).Content.ReadFromJsonAsync<JsonElement>();
        var paymentId = started.GetProperty("id").GetString()!;
        var amount = debt.GetProperty("amount").GetDecimal();

        using var anonymous = factory.CreateClient();
        var body = JsonSerializer.Serialize(new { callbackId = "BANK-CB-0004", paymentId, reference = "BANK-0004", outcome = "approved", amount, currency = "GBP" });
        var forged = await PostCallbackAsync(anonymous, body, "sha256=" + new string('0', 64));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        var unsigned = await PostCallbackAsync(anonymous, body, null);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        var wrongAmount = JsonSerializer.Serialize(new { callbackId = "BANK-CB-0004x", paymentId, reference = "BANK-0004", outcome = "approved", amount = amount + 1m, currency = "GBP" });
        var mismatch = await PostCallbackAsync(anonymous, wrongAmount, Sign(wrongAmount));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("REV-CALLBACK-AMOUNT", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var first = await PostCallbackAsync(anonymous, body, Sign(body));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());
        var replay = await PostCallbackAsync(anonymous, body, Sign(body));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True((await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());
        var another = JsonSerializer.Serialize(new { callbackId = "BANK-CB-0004b", paymentId, reference = "BANK-0004", outcome = "approved", amount, currency = "GBP" });
        Assert.True((await (await PostCallbackAsync(anonymous, another, Sign(another))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());

        await WaitForDeclarationAsync(trader, id, "Released");
        using var finance = await factory.ClientForAsync("finance");
        var report = await ReconcileAsync(finance);
        var gbp = report.GetProperty("currencies").EnumerateArray().Single(c => c.GetProperty("currency").GetString() == "GBP");
        Assert.Equal(gbp.GetProperty("paid").GetDecimal(), gbp.GetProperty("collected").GetDecimal() - gbp.GetProperty("overPaid").GetDecimal());
    }

    [Fact]
    public async Task BadInput_IsRefusedWithTheFieldAndRule_AndAnotherTradersDebtIsNotFound()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var broker = await factory.ClientForAsync("broker");
        using var finance = await factory.ClientForAsync("finance");
        var id = await LodgeAsync(trader, "PAY-0005");
        var debt = await DebtOfAsync(trader, id);
        var debtId = debt.GetProperty("id").GetGuid();

        var noKey = await PayAsync(trader, debtId, null);
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("Idempotency-Key", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badScenario = await PayAsync(trader, debtId, "pay-0005-x", "steal");
        Assert.Equal(HttpStatusCode.BadRequest, badScenario.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await PayAsync(broker, debtId, "pay-0005-broker")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await broker.GetAsync($"/api/v1/revenue/debts/{debtId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync($"/api/v1/revenue/debts/{debtId}")).StatusCode);
        Assert.DoesNotContain((await SimpleImport.GetAsync(broker, "/api/v1/revenue/my/account")).GetProperty("debts").EnumerateArray(), d => d.GetProperty("id").GetGuid() == debtId);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync($"/api/v1/revenue/debts/{debtId}/manual-payments", new { method = "cash", amount = 1m, currency = "GBP", reference = "R1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/revenue/reports/reconciliation")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/v1/revenue/my/account")).StatusCode);

        foreach (var (body, field, rule) in new (object Body, string Field, string Rule)[]
        {
            (new { method = "cash", amount = -5m, currency = "GBP", reference = "R-NEG" }, "amount", "REV-AMOUNT-POSITIVE"),
            (new { method = "cash", amount = 0m, currency = "GBP", reference = "R-ZERO" }, "amount", "REV-AMOUNT-POSITIVE"),
            (new { method = "cash", amount = 1e15m, currency = "GBP", reference = "R-HUGE" }, "amount", "REV-AMOUNT-RANGE"),
            (new { method = "cash", amount = 10.001m, currency = "GBP", reference = "R-CENT" }, "amount", "REV-AMOUNT-CENTS"),
            (new { method = "cash", amount = 10m, currency = "XYZ", reference = "R-CUR" }, "currency", "REV-CURRENCY-UNKNOWN"),
            (new { method = "cash", amount = 10m, currency = "gbp", reference = "R-CUR2" }, "currency", "REV-CURRENCY-UNKNOWN"),
            (new { method = "cheque", amount = 10m, currency = "GBP", reference = "R-MET" }, "method", "REV-PAY-METHOD"),
            (new { method = "cash", amount = 10m, currency = "GBP", reference = "" }, "reference", "REV-PAY-REFERENCE"),
            (new { method = "cash", amount = debt.GetProperty("amount").GetDecimal() - 0.01m, currency = "GBP", reference = "R-PART" }, "amount", "REV-PAY-AMOUNT"),
        })
        {
            var response = await finance.PostAsJsonAsync($"/api/v1/revenue/debts/{debtId}/manual-payments", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field && e.GetProperty("rule").GetString() == rule);
        }

        var notJson = await finance.PostAsync($"/api/v1/revenue/debts/{debtId}/manual-payments", new StringContent("{\"amount\": \"lots\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        // Nothing was half-written: the debt is still open, with no payment.
        Assert.Equal("Open", (await SimpleImport.GetAsync(trader, $"/api/v1/revenue/debts/{debtId}")).GetProperty("status").GetString());
        var cash = await finance.PostAsJsonAsync($"/api/v1/revenue/debts/{debtId}/manual-payments", new { method = "cash", amount = debt.GetProperty("amount").GetDecimal(), currency = "GBP", reference = "RECEIPT-0005" });
        Assert.Equal(HttpStatusCode.Created, cash.StatusCode);
        var retried = await finance.PostAsJsonAsync($"/api/v1/revenue/debts/{debtId}/manual-payments", new { method = "cash", amount = debt.GetProperty("amount").GetDecimal(), currency = "GBP", reference = "RECEIPT-0005" });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await WaitForDeclarationAsync(trader, id, "Released");
        await ReconcileAsync(finance);
    }

    [Fact]
    public async Task ARefund_NeedsASecondOfficer_AndIsALedgerMovement()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var supervisor = await factory.ClientForAsync("supervisor");
        using var finance = await factory.ClientForAsync("finance");
        var id = await LodgeAsync(trader, "REFUND-0001");
        var debt = await DebtOfAsync(trader, id);
        var debtId = debt.GetProperty("id").GetGuid();
        var amount = debt.GetProperty("amount").GetDecimal();

        var early = await trader.PostAsJsonAsync("/api/v1/revenue/refunds", new { debtId, amount = 1m, reason = "returned-goods", explanation = "Returned before payment" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);

        var started = await (await PayAsync(trader, debtId, "refund-0001-pay")).Content.ReadFromJsonAsync<JsonElement>();
        await WaitForPaymentAsync(trader, started.GetProperty("id").GetString()!, "Confirmed");

        var tooMuch = await trader.PostAsJsonAsync("/api/v1/revenue/refunds", new { debtId, amount = amount + 0.01m, reason = "returned-goods", explanation = "All goods returned" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Contains("REV-REFUND-EXCEEDS", await tooMuch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badReason = await trader.PostAsJsonAsync("/api/v1/revenue/refunds", new { debtId, amount = 1m, reason = "because", explanation = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);

        var requested = await officer.PostAsJsonAsync("/api/v1/revenue/refunds", new { debtId, amount = 12.34m, reason = "drawback", explanation = "Goods re-exported after processing" });
        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        var refundId = (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var notYet = await finance.PostAsync($"/api/v1/revenue/refunds/{refundId}/payment", null);
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        var sameOfficer = await officer.PostAsJsonAsync($"/api/v1/revenue/refunds/{refundId}/decision", new { decision = "approve" });
        Assert.Equal(HttpStatusCode.Conflict, sameOfficer.StatusCode);
        Assert.Contains("REV-REFUND-FOUR-EYES", await sameOfficer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync($"/api/v1/revenue/refunds/{refundId}/decision", new { decision = "approve" })).StatusCode);
        var approved = await supervisor.PostAsJsonAsync($"/api/v1/revenue/refunds/{refundId}/decision", new { decision = "approve", note = "Export evidence checked" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var paid = await finance.PostAsync($"/api/v1/revenue/refunds/{refundId}/payment", null);
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal("Paid", (await paid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await finance.PostAsync($"/api/v1/revenue/refunds/{refundId}/payment", null)).StatusCode);

        var report = await ReconcileAsync(finance);
        Assert.True(report.GetProperty("currencies").EnumerateArray().Single(c => c.GetProperty("currency").GetString() == "GBP").GetProperty("refunded").GetDecimal() >= 12.34m);
        var mine = await SimpleImport.GetAsync(trader, "/api/v1/revenue/my/account");
        Assert.Contains(mine.GetProperty("refunds").EnumerateArray(), r => r.GetProperty("id").GetString() == refundId && r.GetProperty("status").GetString() == "Paid");
    }

    [Fact]
    public async Task Reports_GroupCollectionsAndExportCsv_AndTheImportVatFeedListsVatLines()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var finance = await factory.ClientForAsync("finance");
        var id = await LodgeAsync(trader, "REPORT-0001");
        var debt = await DebtOfAsync(trader, id);
        var started = await (await PayAsync(trader, debt.GetProperty("id").GetGuid(), "report-0001")).Content.ReadFromJsonAsync<JsonElement>();
        await WaitForPaymentAsync(trader, started.GetProperty("id").GetString()!, "Confirmed");

        var byType = await SimpleImport.GetAsync(finance, "/api/v1/revenue/reports/collected?groupBy=tax-type");
        var rows = byType.GetProperty("rows").EnumerateArray().ToList();
        foreach (var line in debt.GetProperty("lines").EnumerateArray())
        {
            Assert.Contains(rows, r => r.GetProperty("key").GetString() == line.GetProperty("taxType").GetString() && r.GetProperty("amount").GetDecimal() >= line.GetProperty("amount").GetDecimal());
        }

        var byParty = await SimpleImport.GetAsync(finance, "/api/v1/revenue/reports/collected?groupBy=party");
        Assert.Contains(byParty.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == Trader);
        var csv = await finance.GetStringAsync("/api/v1/revenue/reports/collected?groupBy=office&format=csv");
        Assert.StartsWith("office,currency,amount,debts\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("ZZ000002,GBP,", csv, StringComparison.Ordinal);

        var bad = await finance.GetAsync("/api/v1/revenue/reports/collected?groupBy=colour&from=2026-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("groupBy", problem, StringComparison.Ordinal);
        Assert.Contains("from", problem, StringComparison.Ordinal);

        var vat = await SimpleImport.GetAsync(finance, "/api/v1/revenue/import-vat");
        var vatLines = vat.GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("lrn").GetString() == "REPORT-0001").ToList();
        Assert.Equal(debt.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("taxType").GetString() == "B00"), vatLines.Count);
        Assert.All(vatLines, l => Assert.Equal("Paid", l.GetProperty("status").GetString()));
        var vatCsv = await finance.GetStringAsync("/api/v1/revenue/import-vat?format=csv");
        Assert.StartsWith("mrn,lrn,importer,office,assessed_at,item,tax_type,base,rate,amount,currency,status,settled_at,settled_by\r\n", vatCsv, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostCallbackAsync(HttpClient client, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/revenue/payments/callback") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("X-Tamga-Gateway-Signature", signature);
        }

        return client.SendAsync(request);
    }

    private static string Sign(string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SandboxSecret), Encoding.UTF8.GetBytes(body)));
}
