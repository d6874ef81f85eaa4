using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Revenue;

/// <summary>A host for the revenue tests: the sandbox bank answers within 50 ms.</summary>
public sealed class RevenueFactory : TamgaFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Modules:Revenue:Payments:SandboxDelay", "00:00:00.050");
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
