using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Revenue;

/// <summary>
/// A host for the revenue tests: the sandbox bank answers within 50 ms. While no duty calculation is installed
/// (the declarations module's "not assessed" port is the one registered), a flat-rate assessment stands in — in this
/// test project only — so declarations carry duty; once the Revenue calculator is registered, it is used instead and
/// the tests read the amounts due from the debts rather than expecting figures.
/// </summary>
public sealed class RevenueFactory : TamgaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Modules:Revenue:Payments:SandboxDelay", "00:00:00.050");
        builder.ConfigureTestServices(services =>
        {
            var current = services.LastOrDefault(d => d.ServiceType == typeof(IDutyAssessment));
            if (current?.ImplementationType?.Name == "DutiesNotAssessed")
            {
                services.AddScoped<IDutyAssessment, FlatRateTestAssessment>();
            }
        });
    }
}

/// <summary>Test-only stand-in for the duty calculator: 2% duty (A00) and 20% VAT (B00) on value plus duty, per item.</summary>
internal sealed class FlatRateTestAssessment : IDutyAssessment
{
    public ValueTask<DutyAssessment> AssessAsync(DeclarationFacts declaration, DateOnly acceptanceDate, CancellationToken cancellationToken)
    {
        var lines = new List<TaxLine>();
        var currency = declaration.InvoiceCurrency ?? "GBP";
        foreach (var item in declaration.Items.Where(i => i.ItemAmount is > 0m))
        {
            var value = item.ItemAmount!.Value;
            var duty = decimal.Round(value * 0.02m, 2, MidpointRounding.AwayFromZero);
            var vat = decimal.Round((value + duty) * 0.20m, 2, MidpointRounding.AwayFromZero);
            lines.Add(new TaxLine(item.Sequence, "A00", value, 2m, duty, currency, "test flat rate"));
            lines.Add(new TaxLine(item.Sequence, "B00", value + duty, 20m, vat, currency, "test flat rate"));
        }

        var total = lines.Sum(l => l.Amount);
        return ValueTask.FromResult(new DutyAssessment(true, lines, total, currency, total == 0m, "test flat-rate assessment"));
    }
}

/// <summary>Steps of the revenue tests: lodging a declaration with duty, finding its debt, waiting for the asynchronous parts.</summary>
internal static class RevenueSteps
{
    public const string Trader = SimpleImport.Importer;
    public const string Broker = "GB603202734852";

    public static async Task<Guid> LodgeAsync(HttpClient client, string lrn, string declarant = Trader, decimal value = 1000m)
    {
        // Parts of shavers from the US: 2 % customs duty (A00) and 20 % VAT on value plus duty (B00) are due.
        var (response, body) = await SimpleImport.LodgeAsync(client, SimpleImport.Json(lrn, commodity: "8510900000", declarant: declarant, value: value, nationalAdditionalCode: null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse(body.GetProperty("id").GetString()!);
    }

    /// <summary>Waits for Revenue to book the declaration's debt (the assessment travels through the outbox).</summary>
    public static async Task<JsonElement> DebtOfAsync(HttpClient trader, Guid declarationId)
    {
        JsonElement? found = null;
        await UntilAsync(async () =>
        {
            var account = await SimpleImport.GetAsync(trader, "/api/v1/revenue/my/account");
            found = account.GetProperty("debts").EnumerateArray().Where(d => d.GetProperty("declarationId").GetGuid() == declarationId).Select(d => (JsonElement?)d).FirstOrDefault();
            return found is not null;
        }, "the debt to be booked");
        return found!.Value;
    }

    public static async Task<string> StatusOfDeclarationAsync(HttpClient client, Guid id) =>
        (await SimpleImport.GetAsync(client, $"/api/v1/declarations/{id}")).GetProperty("summary").GetProperty("status").GetString()!;

    public static Task WaitForDeclarationAsync(HttpClient client, Guid id, string status) =>
        UntilAsync(async () => await StatusOfDeclarationAsync(client, id) == status, $"declaration {id} to be {status}");

    public static async Task<JsonElement> WaitForPaymentAsync(HttpClient client, string paymentId, string status)
    {
        JsonElement payment = default;
        await UntilAsync(async () =>
        {
            payment = await SimpleImport.GetAsync(client, $"/api/v1/revenue/payments/{paymentId}");
            return payment.GetProperty("status").GetString() == status;
        }, $"payment {paymentId} to be {status}");
        return payment;
    }

    public static async Task<HttpResponseMessage> PayAsync(HttpClient client, Guid debtId, string? key, string? scenario = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/revenue/debts/{debtId}/payments") { Content = JsonContent.Create(new { sandboxScenario = scenario }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> ReconcileAsync(HttpClient finance)
    {
        var report = await SimpleImport.GetAsync(finance, "/api/v1/revenue/reports/reconciliation");
        foreach (var currency in report.GetProperty("currencies").EnumerateArray())
        {
            foreach (var check in currency.GetProperty("checks").EnumerateArray())
            {
                Assert.True(check.GetProperty("difference").GetDecimal() == 0m, $"{check.GetProperty("check").GetString()}: {check}");
            }
        }

        Assert.True(report.GetProperty("balanced").GetBoolean());
        return report;
    }

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
