namespace Tamga.Revenue.Accounts;

/// <summary>
/// A party's deferred payment account: duties are charged to it up to its limit, listed on a monthly statement and
/// settled by direct debit. <see cref="Used"/> never exceeds <see cref="Limit"/>.
/// </summary>
internal sealed class DeferredAccount
{
    public Guid Id { get; init; }

    /// <summary>The deferment approval number (DE 2/6).</summary>
    public required string Number { get; init; }

    public required string PartyId { get; init; }

    public required string Currency { get; init; }

    public decimal Limit { get; set; }

    public decimal Used { get; private set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset OpenedAt { get; init; }

    public int Version { get; private set; }

    public decimal Available => Limit - Used;

    public bool CanCharge(decimal amount, string currency) => Active && currency == Currency && amount <= Available;

    public void Charge(decimal amount)
    {
        if (!CanCharge(amount, Currency))
        {
            throw new RevenueRuleException("REV-DEFERRED-LIMIT", $"The deferred account {Number} has {Available} {Currency} available.");
        }

        Used += amount;
        Version++;
    }

    public void Settle(decimal amount)
    {
        if (amount > Used)
        {
            throw new RevenueRuleException("REV-DEFERRED-SETTLE", "A direct debit cannot exceed what is charged.");
        }

        Used -= amount;
        Version++;
    }
}

/// <summary>One debt charged to a deferred account; <see cref="StatementId"/> once listed on a monthly statement.</summary>
internal sealed class DeferredCharge
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    public Guid DebtId { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset ChargedAt { get; init; }

    public Guid? StatementId { get; set; }
}

/// <summary>A monthly statement of a deferred account's charges; settled by one direct debit.</summary>
internal sealed class Statement
{
    public Guid Id { get; init; }

    public Guid AccountId { get; init; }

    /// <summary>The month, <c>yyyy-MM</c>.</summary>
    public required string Period { get; init; }

    public decimal Total { get; init; }

    public int Charges { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? DebitedAt { get; set; }
}
