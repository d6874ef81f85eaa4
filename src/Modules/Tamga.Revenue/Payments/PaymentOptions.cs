using System.ComponentModel.DataAnnotations;

namespace Tamga.Revenue.Payments;

/// <summary>Payment settings, bound from <c>Modules:Revenue:Payments</c>.</summary>
internal sealed class PaymentOptions
{
    public const string Section = "Modules:Revenue:Payments";

    /// <summary>The gateway in use: <c>sandbox</c> (the only one shipped; a test bank, never real money).</summary>
    [Required]
    public string Gateway { get; set; } = SandboxPaymentGateway.GatewayName;

    /// <summary>The secret the gateway signs its callbacks with (HMAC-SHA256). Set a real one in production.</summary>
    [Required]
    [MinLength(16)]
    public string CallbackSecret { get; set; } = "sandbox-callback-secret-change-me";

    /// <summary>How long a payment may wait for the gateway's answer before another attempt is allowed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PendingTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The sandbox bank's delay before it calls back.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan SandboxDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
