namespace Tamga.Revenue.Payments;

/// <summary>What Tamga asks a payment gateway to collect.</summary>
internal sealed record PaymentOrder(Guid PaymentId, decimal Amount, string Currency, string Description, string? SandboxScenario);

/// <summary>The gateway took the order (its reference) or refused it outright.</summary>
internal sealed record GatewayAnswer(bool Accepted, string? Reference, string? Error);

/// <summary>
/// A payment gateway (a bank's or a payment provider's adapter). It confirms asynchronously by calling back
/// <c>POST /api/v1/revenue/payments/callback</c> with a body signed by HMAC-SHA256 (<see cref="GatewayCallbackBody"/>).
/// Chosen by <c>Modules:Revenue:Payments:Gateway</c>; the shipped one is the sandbox.
/// </summary>
internal interface IPaymentGateway
{
    string Name { get; }

    Task<GatewayAnswer> SubmitAsync(PaymentOrder order, CancellationToken cancellationToken);
}

/// <summary>A gateway's callback: <c>outcome</c> is <c>approved</c> or <c>declined</c>; <c>callbackId</c> is unique per delivery attempt of one result.</summary>
public sealed record GatewayCallbackBody(string? CallbackId, Guid? PaymentId, string? Reference, string? Outcome, decimal? Amount, string? Currency, string? Reason);
