namespace Tamga.Revenue.Payments;

internal enum PaymentStatus
{
    /// <summary>Sent to the gateway, waiting for its confirmation.</summary>
    Pending,

    Confirmed,

    Declined,

    /// <summary>No answer from the gateway in time; a late confirmation is still honoured.</summary>
    TimedOut,
}

/// <summary>
/// One payment of a debt: by e-payment through the gateway, or cash / bank transfer recorded by an officer. The
/// party's idempotency key makes a retried request the same payment; unique indexes allow one pending and one
/// confirmed payment per debt, so a debt is never paid twice.
/// </summary>
internal sealed class Payment
{
    public const string EPayment = "e-payment";
    public const string Cash = "cash";
    public const string BankTransfer = "bank-transfer";

    public Guid Id { get; init; }

    public Guid DebtId { get; init; }

    public required string PartyId { get; init; }

    public required string Method { get; init; }

    public decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required string IdempotencyKey { get; init; }

    public PaymentStatus Status { get; set; }

    /// <summary>The gateway's name (e.g. <c>sandbox</c>) for e-payments.</summary>
    public string? Gateway { get; init; }

    /// <summary>The gateway's or the bank's reference of the transaction.</summary>
    public string? ExternalReference { get; set; }

    public string? DeclineReason { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; set; }

    public required string CreatedBy { get; init; }

    /// <summary>True when the money arrived for a debt already settled: booked as an over-payment, refundable.</summary>
    public bool OverPayment { get; set; }
}

/// <summary>A gateway callback received, kept by its id so a replayed callback is recognised and changes nothing.</summary>
internal sealed class GatewayCallback
{
    public required string CallbackId { get; init; }

    public Guid PaymentId { get; init; }

    public required string Outcome { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
