using Tamga.Revenue.Guarantees;
using Tamga.Revenue.Payments;
using Tamga.Revenue.Refunds;

namespace Tamga.Revenue.Accounts;

public sealed record DebtLineView(int Item, string TaxType, decimal Base, decimal Rate, decimal Amount);

public sealed record DebtView(
    Guid Id,
    Guid DeclarationId,
    int DeclarationVersion,
    string Lrn,
    string? Mrn,
    string Party,
    string? Office,
    decimal Amount,
    string Currency,
    string Status,
    string? SettledBy,
    DateTimeOffset AssessedAt,
    DateTimeOffset? SettledAt,
    Guid? GuaranteeId,
    Guid? DeferredAccountId,
    decimal Refundable,
    decimal OverPaid,
    IReadOnlyList<DebtLineView> Lines);

public sealed record PaymentView(Guid Id, Guid DebtId, string Party, string Method, decimal Amount, string Currency, string Status, string? Gateway, string? ExternalReference, string? DeclineReason, bool OverPayment, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

public sealed record DeferredAccountView(Guid Id, string Number, string Party, string Currency, decimal Limit, decimal Used, decimal Available, bool Active, DateTimeOffset OpenedAt);

public sealed record StatementView(Guid Id, Guid AccountId, string Period, decimal Total, int Charges, DateTimeOffset IssuedAt, DateTimeOffset? DebitedAt);

public sealed record GuaranteeView(Guid Id, string Reference, string Party, string Kind, string? CoversLrn, string Currency, decimal ReferenceAmount, decimal Reserved, decimal Available, bool Active, DateTimeOffset AcceptedAt);

public sealed record RefundView(Guid Id, Guid DebtId, string Party, decimal Amount, string Currency, string Reason, string Explanation, string Status, string RequestedBy, DateTimeOffset RequestedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, string? PaidBy, DateTimeOffset? PaidAt);

/// <summary>A trader's revenue account: its debts, payments, deferred accounts, guarantees and refunds.</summary>
public sealed record AccountView(string Party, IReadOnlyList<DebtView> Debts, IReadOnlyList<PaymentView> Payments, IReadOnlyList<DeferredAccountView> DeferredAccounts, IReadOnlyList<GuaranteeView> Guarantees, IReadOnlyList<RefundView> Refunds);

internal static class RevenueViews
{
    public static DebtView View(this Debt d) =>
        new(d.Id, d.DeclarationId, d.DeclarationVersion, d.Lrn, d.Mrn, d.PartyId, d.Office, d.Amount, d.Currency, d.Status.ToString(), d.SettledBy, d.AssessedAt, d.SettledAt, d.GuaranteeId, d.DeferredAccountId,
            d.Refundable(Refund.ReturnedGoods), d.OverPaid - d.OverPaidRefunded, d.Lines.OrderBy(l => l.Line).Select(l => new DebtLineView(l.Item, l.TaxType, l.Base, l.Rate, l.Amount)).ToList());

    public static PaymentView View(this Payment p) =>
        new(p.Id, p.DebtId, p.PartyId, p.Method, p.Amount, p.Currency, p.Status.ToString(), p.Gateway, p.ExternalReference, p.DeclineReason, p.OverPayment, p.CreatedAt, p.CompletedAt);

    public static DeferredAccountView View(this DeferredAccount a) => new(a.Id, a.Number, a.PartyId, a.Currency, a.Limit, a.Used, a.Available, a.Active, a.OpenedAt);

    public static StatementView View(this Statement s) => new(s.Id, s.AccountId, s.Period, s.Total, s.Charges, s.IssuedAt, s.DebitedAt);

    public static GuaranteeView View(this Guarantee g) => new(g.Id, g.Reference, g.PartyId, g.Kind.ToString().ToLowerInvariant(), g.CoversLrn, g.Currency, g.ReferenceAmount, g.Reserved, g.Available, g.Active, g.AcceptedAt);

    public static RefundView View(this Refund r) => new(r.Id, r.DebtId, r.PartyId, r.Amount, r.Currency, r.Reason, r.Explanation, r.Status.ToString(), r.RequestedBy, r.RequestedAt, r.DecidedBy, r.DecidedAt, r.DecisionNote, r.PaidBy, r.PaidAt);
}
