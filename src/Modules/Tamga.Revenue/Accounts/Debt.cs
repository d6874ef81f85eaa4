namespace Tamga.Revenue.Accounts;

internal enum DebtStatus
{
    /// <summary>Booked, neither paid nor secured: the declaration waits for payment.</summary>
    Open,

    /// <summary>Secured by a guarantee reservation: the goods may be released; still to be paid.</summary>
    Secured,

    /// <summary>Charged to a deferred payment account (paid by the monthly direct debit).</summary>
    Deferred,

    /// <summary>Paid in full.</summary>
    Paid,

    /// <summary>Withdrawn: the declaration was cancelled or amended before payment.</summary>
    Cancelled,
}

/// <summary>
/// The duties a party owes for one version of a declaration, booked from the Declarations module's assessment. Paid
/// once only: a unique index on confirmed payments per debt, and the <see cref="Version"/> concurrency token.
/// </summary>
internal sealed class Debt
{
    public Guid Id { get; init; }

    public Guid DeclarationId { get; init; }

    public int DeclarationVersion { get; init; }

    public required string Lrn { get; init; }

    public string? Mrn { get; init; }

    public required string PartyId { get; init; }

    public string? Office { get; init; }

    public required string Currency { get; init; }

    public decimal Amount { get; init; }

    public DebtStatus Status { get; private set; }

    public Guid? GuaranteeId { get; private set; }

    public Guid? DeferredAccountId { get; private set; }

    /// <summary>What settled it: <c>e-payment</c>, <c>cash</c>, <c>bank-transfer</c>, <c>deferred</c>, or null.</summary>
    public string? SettledBy { get; private set; }

    public DateTimeOffset AssessedAt { get; init; }

    public DateTimeOffset? SettledAt { get; private set; }

    /// <summary>Returned-goods and drawback refunds committed (requested and not rejected) against this debt.</summary>
    public decimal Refunded { get; private set; }

    /// <summary>Money received for this debt beyond what it now owes (a late payment, or an amendment after settlement).</summary>
    public decimal OverPaid { get; private set; }

    /// <summary>Over-payment refunds committed against <see cref="OverPaid"/>.</summary>
    public decimal OverPaidRefunded { get; private set; }

    public int Version { get; private set; }

    public List<DebtLine> Lines { get; init; } = [];

    /// <summary>Whether the trader can still pay it (open, or secured by a guarantee and not yet paid).</summary>
    public bool IsPayable => Status is DebtStatus.Open or DebtStatus.Secured;

    /// <summary>What was actually received or charged for it, and so may be refunded.</summary>
    public decimal Settled => Status is DebtStatus.Paid or DebtStatus.Deferred ? Amount : 0m;

    public void Secure(Guid guaranteeId)
    {
        Guard(Status == DebtStatus.Open, "only an open debt is secured");
        Status = DebtStatus.Secured;
        GuaranteeId = guaranteeId;
        Version++;
    }

    public void ChargeToDeferredAccount(Guid accountId, DateTimeOffset at)
    {
        Guard(Status == DebtStatus.Open, "only an open debt is charged to a deferred account");
        Status = DebtStatus.Deferred;
        DeferredAccountId = accountId;
        SettledBy = "deferred";
        SettledAt = at;
        Version++;
    }

    public void Pay(string method, DateTimeOffset at)
    {
        Guard(IsPayable, "the debt is already paid, deferred or cancelled");
        Status = DebtStatus.Paid;
        SettledBy = method;
        SettledAt = at;
        Version++;
    }

    /// <summary>
    /// Withdraws the debt (the declaration was cancelled or amended). A debt already paid or deferred turns what was
    /// received, less refunds, into an over-payment to give back; the amount it returns.
    /// </summary>
    public decimal Cancel(DateTimeOffset at)
    {
        Guard(Status != DebtStatus.Cancelled, "the debt is already cancelled");
        var received = Settled - Refunded;
        OverPaid += received;
        Status = DebtStatus.Cancelled;
        SettledAt ??= at;
        Version++;
        return received;
    }

    public void RecordOverPayment(decimal amount)
    {
        OverPaid += amount;
        Version++;
    }

    /// <summary>What may still be refunded for <paramref name="reason"/>: the over-payment, or what was paid less refunds.</summary>
    public decimal Refundable(string reason) =>
        reason == Refunds.Refund.OverPayment ? OverPaid - OverPaidRefunded : Settled - Refunded;

    public void CommitRefund(string reason, decimal amount)
    {
        Guard(amount > 0m && amount <= Refundable(reason), $"a refund cannot exceed {Refundable(reason)} {Currency}");
        if (reason == Refunds.Refund.OverPayment)
        {
            OverPaidRefunded += amount;
        }
        else
        {
            Refunded += amount;
        }

        Version++;
    }

    public void ReleaseRefund(string reason, decimal amount)
    {
        if (reason == Refunds.Refund.OverPayment)
        {
            OverPaidRefunded -= amount;
        }
        else
        {
            Refunded -= amount;
        }

        Version++;
    }

    private void Guard(bool condition, string rule)
    {
        if (!condition)
        {
            throw new RevenueRuleException("REV-DEBT-STATE", $"Not allowed: {rule} (debt {Status}).");
        }
    }
}

/// <summary>One duty or tax line of a debt, as assessed.</summary>
internal sealed class DebtLine
{
    public Guid DebtId { get; init; }

    public int Line { get; init; }

    public int Item { get; init; }

    public required string TaxType { get; init; }

    public decimal Base { get; init; }

    public decimal Rate { get; init; }

    public decimal Amount { get; init; }
}

/// <summary>A business rule refused an operation on money: answered 409 (state) or 422 with the rule code.</summary>
internal sealed class RevenueRuleException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
