using Tamga.Revenue.Accounts;

namespace Tamga.Revenue.Guarantees;

internal enum GuaranteeKind
{
    /// <summary>Covers one declaration (its LRN).</summary>
    Individual,

    /// <summary>Covers any number of declarations of the party up to its reference amount.</summary>
    Comprehensive,
}

/// <summary>
/// A guarantee lodged by a party: its reference amount in one currency, of which <see cref="Reserved"/> is held for
/// unpaid debts. A reservation is released electronically when its debt is paid or cancelled.
/// </summary>
internal sealed class Guarantee
{
    public Guid Id { get; init; }

    /// <summary>The guarantee reference (GRN).</summary>
    public required string Reference { get; init; }

    public required string PartyId { get; init; }

    public GuaranteeKind Kind { get; init; }

    /// <summary>For an individual guarantee, the LRN of the declaration it covers.</summary>
    public string? CoversLrn { get; init; }

    public required string Currency { get; init; }

    public decimal ReferenceAmount { get; set; }

    public decimal Reserved { get; private set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset AcceptedAt { get; init; }

    public int Version { get; private set; }

    public decimal Available => ReferenceAmount - Reserved;

    public bool Covers(Debt debt) =>
        Active && debt.PartyId == PartyId && debt.Currency == Currency && debt.Amount <= Available
        && (Kind == GuaranteeKind.Comprehensive || string.Equals(CoversLrn, debt.Lrn, StringComparison.Ordinal));

    public void Reserve(decimal amount)
    {
        if (amount <= 0m || amount > Available)
        {
            throw new RevenueRuleException("REV-GUARANTEE-BALANCE", $"The guarantee {Reference} has {Available} {Currency} available.");
        }

        Reserved += amount;
        Version++;
    }

    public void Release(decimal amount)
    {
        if (amount <= 0m || amount > Reserved)
        {
            throw new RevenueRuleException("REV-GUARANTEE-RELEASE", "A release cannot exceed what is reserved.");
        }

        Reserved -= amount;
        Version++;
    }
}

/// <summary>The amount of a guarantee held for one debt, until the debt is paid or cancelled.</summary>
internal sealed class GuaranteeReservation
{
    public Guid Id { get; init; }

    public Guid GuaranteeId { get; init; }

    public Guid DebtId { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset ReservedAt { get; init; }

    public DateTimeOffset? ReleasedAt { get; set; }
}
