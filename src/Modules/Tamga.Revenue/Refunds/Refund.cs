using Tamga.Revenue.Accounts;

namespace Tamga.Revenue.Refunds;

internal enum RefundStatus
{
    Requested,
    Approved,
    Rejected,
    Paid,
}

/// <summary>
/// A refund or repayment of duties paid (over-payment, returned goods, drawback): requested, approved or rejected by
/// a different officer (four eyes), then paid — a ledger movement.
/// </summary>
internal sealed class Refund
{
    public const string OverPayment = "over-payment";
    public const string ReturnedGoods = "returned-goods";
    public const string Drawback = "drawback";

    public static readonly IReadOnlyList<string> Reasons = [OverPayment, ReturnedGoods, Drawback];

    public Guid Id { get; init; }

    public Guid DebtId { get; init; }

    public required string PartyId { get; init; }

    public decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required string Reason { get; init; }

    public required string Explanation { get; init; }

    public RefundStatus Status { get; private set; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public string? PaidBy { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public int Version { get; private set; }

    public void Decide(bool approve, string officer, string note, DateTimeOffset at)
    {
        if (Status != RefundStatus.Requested)
        {
            throw new RevenueRuleException("REV-REFUND-STATE", $"Not allowed: the refund is {Status}.");
        }

        if (string.Equals(officer, RequestedBy, StringComparison.Ordinal))
        {
            throw new RevenueRuleException("REV-REFUND-FOUR-EYES", "A refund is approved by someone other than who requested it.");
        }

        Status = approve ? RefundStatus.Approved : RefundStatus.Rejected;
        DecidedBy = officer;
        DecidedAt = at;
        DecisionNote = note;
        Version++;
    }

    public void MarkPaid(string officer, DateTimeOffset at)
    {
        if (Status != RefundStatus.Approved)
        {
            throw new RevenueRuleException("REV-REFUND-STATE", $"Not allowed: only an approved refund is paid (it is {Status}).");
        }

        Status = RefundStatus.Paid;
        PaidBy = officer;
        PaidAt = at;
        Version++;
    }
}
