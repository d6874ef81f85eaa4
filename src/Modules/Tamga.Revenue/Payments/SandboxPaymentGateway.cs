using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tamga.Revenue.Payments;

/// <summary>
/// SANDBOX payment gateway — a test bank that never moves real money. It accepts every order and answers later by a
/// signed callback, like a bank: <c>approve</c> (default), <c>decline</c>, <c>timeout</c> (never answers) or
/// <c>duplicate</c> (approves and replays the same callback). Amounts above 1,000,000 are declined ("over the card
/// limit"). Replace it with a real bank's adapter by configuration (<c>Modules:Revenue:Payments:Gateway</c>).
/// </summary>
internal sealed class SandboxPaymentGateway(SandboxBank bank) : IPaymentGateway
{
    public const string GatewayName = "sandbox";

    public static readonly IReadOnlyList<string> Scenarios = ["approve", "decline", "timeout", "duplicate"];

    public string Name => GatewayName;

    public Task<GatewayAnswer> SubmitAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var reference = "SBX-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        bank.Enqueue(new SandboxOrder(order, reference));
        return Task.FromResult(new GatewayAnswer(true, reference, null));
    }
}

internal sealed record SandboxOrder(PaymentOrder Order, string Reference);

/// <summary>The sandbox bank's back office: after a delay, calls back the payment callback, signed with the shared secret.</summary>
internal sealed class SandboxBank(IServiceScopeFactory scopes, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<SandboxBank> logger) : BackgroundService
{
    private readonly Channel<SandboxOrder> _orders = Channel.CreateUnbounded<SandboxOrder>();

    public void Enqueue(SandboxOrder order) => _orders.Writer.TryWrite(order);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var order in _orders.Reader.ReadAllAsync(stoppingToken))
            {
                _ = AnswerLaterAsync(order, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task AnswerLaterAsync(SandboxOrder sandbox, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.SandboxDelay, clock, stoppingToken);
            var scenario = sandbox.Order.SandboxScenario ?? "approve";
            if (scenario == "timeout")
            {
                return;
            }

            var declined = scenario == "decline" || sandbox.Order.Amount > 1_000_000m;
            var body = new GatewayCallbackBody(
                "SBX-CB-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
                sandbox.Order.PaymentId,
                sandbox.Reference,
                declined ? "declined" : "approved",
                sandbox.Order.Amount,
                sandbox.Order.Currency,
                declined ? (scenario == "decline" ? "declined by the card issuer (sandbox)" : "over the card limit (sandbox)") : null);
            var json = JsonSerializer.Serialize(body, CallbackSignature.Json);
            var signature = CallbackSignature.Sign(options.Value.CallbackSecret, json);
            for (var delivery = 0; delivery < (scenario == "duplicate" ? 2 : 1); delivery++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<PaymentHandler>();
                var outcome = await handler.ReceiveCallbackAsync(json, signature, stoppingToken);
                logger.LogInformation("Sandbox callback {Reference} delivery {Delivery}: {Outcome}", sandbox.Reference, delivery + 1, outcome.GetType().Name);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Sandbox callback for {Reference} failed", sandbox.Reference);
        }
    }
}

/// <summary>Callback signatures: <c>sha256=HEX(HMAC-SHA256(secret, body))</c> in <c>X-Tamga-Gateway-Signature</c>.</summary>
internal static class CallbackSignature
{
    public const string Header = "X-Tamga-Gateway-Signature";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Sign(string secret, string body) =>
        "sha256=" + Convert.ToHexString(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), System.Text.Encoding.UTF8.GetBytes(body))).ToLower(CultureInfo.InvariantCulture);

    public static bool Verify(string secret, string body, string? signature) =>
        signature is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(Sign(secret, body)), System.Text.Encoding.UTF8.GetBytes(signature));
}
