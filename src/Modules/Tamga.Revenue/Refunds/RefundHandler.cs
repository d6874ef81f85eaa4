using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Data;
using Tamga.Revenue.Ledger;

namespace Tamga.Revenue.Refunds;

/// <summary>
/// Refunds and repayments: requested by the trader (for its own debts) or an officer, approved or rejected by
/// another officer (four eyes), then paid — a ledger movement from the bank. The amount is committed against the
/// debt at the request, so two requests can never refund more than was paid.
/// </summary>
internal sealed class RefundHandler(RevenueDbContext db, LedgerBook ledger, MoneyRules money, TimeProvider clock)
{
    public static string Stream(Guid id) => $"refund/{id}";

    public async Task<RevenueOutcome<Refund>> RequestAsync(ClaimsPrincipal user, Guid? debtId, decimal? amount, string? reason, string? explanation, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        if (debtId is null)
        {
            errors.Add(new("debtId", "REV-REFUND-DEBT", "The debt refunded is required."));
        }

        money.Amount(amount, "amount", errors);
        if (reason is null || !Refund.Reasons.Contains(reason))
        {
            errors.Add(new("reason", "REV-REFUND-REASON", $"The reason is one of {string.Join(", ", Refund.Reasons)}."));
        }

        MoneyRules.Text(explanation, "explanation", 1000, errors, "REV-REFUND-EXPLANATION");
        if (errors.Count > 0)
        {
            return new RevenueOutcome<Refund>.Invalid(errors);
        }

        var trader = user.IsInRole(Roles.Trader) ? user.PartyId() : null;
        var debt = await db.Debts.FirstOrDefaultAsync(d => d.Id == debtId && (trader == null || d.PartyId == trader), cancellationToken);
        if (debt is null)
        {
            return new RevenueOutcome<Refund>.NotFound();
        }

        if (amount > debt.Refundable(reason!))
        {
            return RevenueOutcome<Refund>.Invalid1("amount", "REV-REFUND-EXCEEDS", $"At most {debt.Refundable(reason!)} {debt.Currency} can be refunded for {reason} on this debt.");
        }

        var now = clock.GetUtcNow();
        debt.CommitRefund(reason!, amount!.Value);
        var refund = new Refund
        {
            Id = Guid.CreateVersion7(),
            DebtId = debt.Id,
            PartyId = debt.PartyId,
            Amount = amount.Value,
            Currency = debt.Currency,
            Reason = reason!,
            Explanation = explanation!.Trim(),
            RequestedBy = user.UserName(),
            RequestedAt = now,
        };
        db.Refunds.Add(refund);
        db.Audit(new AuditEntry(Stream(refund.Id), user.Actor(), "refund.requested", now, null, Snapshot(refund), $"{refund.Amount} {refund.Currency} ({refund.Reason}) on {debt.Lrn}"));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Refund>.Done(refund);
    }

    public async Task<RevenueOutcome<Refund>> DecideAsync(Guid id, ClaimsPrincipal user, string? decision, string? note, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        if (decision is not ("approve" or "reject"))
        {
            errors.Add(new("decision", "REV-REFUND-DECISION", "The decision is 'approve' or 'reject'."));
        }

        if (note is { Length: > 1000 })
        {
            errors.Add(new("note", "REV-REFUND-NOTE", "The note has at most 1000 characters."));
        }

        if (errors.Count > 0)
        {
            return new RevenueOutcome<Refund>.Invalid(errors);
        }

        var refund = await db.Refunds.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (refund is null)
        {
            return new RevenueOutcome<Refund>.NotFound();
        }

        var now = clock.GetUtcNow();
        var before = Snapshot(refund);
        try
        {
            refund.Decide(decision == "approve", user.UserName(), note?.Trim() ?? "", now);
        }
        catch (RevenueRuleException rule)
        {
            return new RevenueOutcome<Refund>.Refused(rule.Rule, rule.Message);
        }

        if (decision == "reject")
        {
            var debt = await db.Debts.FirstAsync(d => d.Id == refund.DebtId, cancellationToken);
            debt.ReleaseRefund(refund.Reason, refund.Amount);
        }

        db.Audit(new AuditEntry(Stream(refund.Id), user.Actor(), "refund." + (decision == "approve" ? "approved" : "rejected"), now, before, Snapshot(refund), note));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Refund>.Done(refund);
    }

    public async Task<RevenueOutcome<Refund>> PayAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var refund = await db.Refunds.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (refund is null)
        {
            return new RevenueOutcome<Refund>.NotFound();
        }

        if (refund.Status == RefundStatus.Paid)
        {
            return new RevenueOutcome<Refund>.Done(refund, Replayed: true);
        }

        var now = clock.GetUtcNow();
        var before = Snapshot(refund);
        try
        {
            refund.MarkPaid(user.UserName(), now);
        }
        catch (RevenueRuleException rule)
        {
            return new RevenueOutcome<Refund>.Refused(rule.Rule, rule.Message);
        }

        var debit = refund.Reason == Refund.OverPayment ? ChartOfAccounts.OverPayments(refund.PartyId) : ChartOfAccounts.Refunds(refund.Reason);
        try
        {
            await ledger.PostAsync(LedgerKinds.RefundPaid, refund.Id, now, user.Actor(), $"{refund.Reason} refund to {refund.PartyId}",
                [new(debit, refund.Currency, refund.Amount, Party: refund.PartyId), new(ChartOfAccounts.Bank, refund.Currency, -refund.Amount, Party: refund.PartyId)],
                cancellationToken);
        }
        catch (LedgerException exception)
        {
            return new RevenueOutcome<Refund>.Refused("REV-LEDGER", exception.Message);
        }

        db.Audit(new AuditEntry(Stream(refund.Id), user.Actor(), "refund.paid", now, before, Snapshot(refund), $"{refund.Amount} {refund.Currency} paid"));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Refund>.Done(refund);
    }

    private static object Snapshot(Refund r) => new { r.Id, r.DebtId, r.PartyId, r.Amount, r.Currency, r.Reason, Status = r.Status.ToString(), r.RequestedBy, r.DecidedBy, r.PaidBy };
}
