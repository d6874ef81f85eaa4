namespace Tamga.Revenue.Ledger;

/// <summary>
/// One money movement of the double-entry ledger: a journal entry whose postings balance to zero per currency
/// (debits positive, credits negative). Entries are never changed; a correction is another entry.
/// </summary>
internal sealed class LedgerEntry
{
    public Guid Id { get; init; }

    /// <summary>What happened, e.g. <c>debt.assessed</c>, <c>payment.confirmed</c> (see <see cref="LedgerKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>The debt, payment, refund or statement the movement belongs to.</summary>
    public Guid Reference { get; init; }

    public DateTimeOffset At { get; init; }

    public required string Actor { get; init; }

    public required string Description { get; init; }

    public List<Posting> Postings { get; init; } = [];
}

/// <summary>One side of an entry: an amount on one ledger account (positive debit, negative credit).</summary>
internal sealed class Posting
{
    public Guid EntryId { get; init; }

    public int Line { get; init; }

    public required string Account { get; init; }

    public required string Currency { get; init; }

    public decimal Amount { get; init; }

    /// <summary>The goods-item tax type, for revenue postings (reporting by tax type).</summary>
    public string? TaxType { get; init; }

    /// <summary>The party the money concerns (reporting by party).</summary>
    public string? Party { get; init; }

    /// <summary>The customs office of the declaration (reporting by office).</summary>
    public string? Office { get; init; }
}

/// <summary>The running balance of one ledger account in one currency, guarded so it never turns the wrong way silently.</summary>
internal sealed class AccountBalance
{
    public required string Account { get; init; }

    public required string Currency { get; init; }

    public decimal Balance { get; set; }

    /// <summary>Optimistic concurrency: two movements on one account never both read the same balance.</summary>
    public int Version { get; set; }
}

internal static class LedgerKinds
{
    public const string DebtAssessed = "debt.assessed";
    public const string DebtCancelled = "debt.cancelled";
    public const string PaymentConfirmed = "payment.confirmed";
    public const string OverPayment = "payment.over-payment";
    public const string DeferredCharge = "deferred.charged";
    public const string DirectDebit = "deferred.direct-debit";
    public const string GuaranteeReserved = "guarantee.reserved";
    public const string GuaranteeReleased = "guarantee.released";
    public const string RefundPaid = "refund.paid";
}
