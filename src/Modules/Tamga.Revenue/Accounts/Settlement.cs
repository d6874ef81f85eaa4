using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Audit;
using Tamga.Revenue.Contracts;
using Tamga.Revenue.Data;
using Tamga.Revenue.Guarantees;
using Tamga.Revenue.Ledger;
using Tamga.Revenue.Payments;

namespace Tamga.Revenue.Accounts;

/// <summary>
/// The money movements of a debt, each a balanced ledger entry with its audit record and, when the goods may go, the
/// <see cref="DutiesPaidOrSecured"/> event — all added to the caller's unit of work, committed by one SaveChanges:
/// booking from an assessment, automatic securing (deferred account, then guarantee), payment, cancellation.
/// </summary>
internal sealed class Settlement(RevenueDbContext db, LedgerBook ledger)
{
    /// <summary>
    /// Books the debt of an assessment (once per declaration version), withdraws the debts of earlier versions, and
    /// secures it if it can. Returns the debt, new or already booked.
    /// </summary>
    public async Task<Debt> BookAsync(DutiesAssessed assessed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var existing = await db.Debts.Include(d => d.Lines).FirstOrDefaultAsync(d => d.DeclarationId == assessed.DeclarationId && d.DeclarationVersion == assessed.Version, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        const string actor = "system:revenue";
        var earlier = await db.Debts.Include(d => d.Lines)
            .Where(d => d.DeclarationId == assessed.DeclarationId && d.DeclarationVersion < assessed.Version && d.Status != DebtStatus.Cancelled)
            .ToListAsync(cancellationToken);
        foreach (var old in earlier.Where(d => d.Refunded == 0m))
        {
            await CancelAsync(old, at, actor, $"replaced by the assessment of version {assessed.Version}", cancellationToken);
        }

        var debt = new Debt
        {
            Id = Guid.CreateVersion7(),
            DeclarationId = assessed.DeclarationId,
            DeclarationVersion = assessed.Version,
            Lrn = assessed.Lrn,
            Mrn = assessed.Mrn,
            PartyId = assessed.DeclarantId,
            Office = assessed.Office,
            Currency = assessed.Currency,
            Amount = assessed.Total,
            AssessedAt = at,
        };
        var number = 0;
        foreach (var line in assessed.Lines.Where(l => l.Amount != 0m))
        {
            debt.Lines.Add(new DebtLine { DebtId = debt.Id, Line = ++number, Item = line.Item, TaxType = line.TaxType, Base = line.Base, Rate = line.Rate, Amount = line.Amount });
        }

        db.Debts.Add(debt);
        var postings = new List<PostingLine> { new(ChartOfAccounts.Receivable(debt.PartyId), debt.Currency, debt.Amount, Party: debt.PartyId, Office: debt.Office) };
        postings.AddRange(RevenueLines(debt, -1));
        await ledger.PostAsync(LedgerKinds.DebtAssessed, debt.Id, at, actor, $"duties of {debt.Lrn} version {debt.DeclarationVersion}", postings, cancellationToken);
        Audit(debt, null, "debt.assessed", actor, at, $"{debt.Amount} {debt.Currency} for declaration {debt.Lrn}");
        await TrySecureAsync(debt, at, actor, cancellationToken);
        return debt;
    }

    /// <summary>Secures an open debt: charged to the party's deferred account with enough limit, else reserved on a guarantee.</summary>
    public async Task<bool> TrySecureAsync(Debt debt, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        if (debt.Status != DebtStatus.Open)
        {
            return false;
        }

        var accounts = await db.DeferredAccounts.Where(a => a.PartyId == debt.PartyId && a.Currency == debt.Currency && a.Active).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        if (accounts.FirstOrDefault(a => a.CanCharge(debt.Amount, debt.Currency)) is { } account)
        {
            var before = DebtSnapshot.Of(debt);
            account.Charge(debt.Amount);
            db.DeferredCharges.Add(new DeferredCharge { Id = Guid.CreateVersion7(), AccountId = account.Id, DebtId = debt.Id, Amount = debt.Amount, ChargedAt = at });
            debt.ChargeToDeferredAccount(account.Id, at);
            await ledger.PostAsync(LedgerKinds.DeferredCharge, debt.Id, at, actor, $"{debt.Lrn} charged to deferred account {account.Number}",
                [new(ChartOfAccounts.Deferred(account.Number), debt.Currency, debt.Amount, Party: debt.PartyId, Office: debt.Office), new(ChartOfAccounts.Receivable(debt.PartyId), debt.Currency, -debt.Amount, Party: debt.PartyId, Office: debt.Office)],
                cancellationToken);
            Audit(debt, before, "debt.deferred", actor, at, $"charged to deferred account {account.Number}");
            Announce(debt, SettlementMethods.Deferred, at);
            return true;
        }

        // Stored guarantees, and one accepted in this unit of work (not yet saved, so not in the query).
        var guarantees = (await db.Guarantees.Where(g => g.PartyId == debt.PartyId && g.Currency == debt.Currency && g.Active).ToListAsync(cancellationToken))
            .Union(db.Guarantees.Local.Where(g => g.PartyId == debt.PartyId))
            .ToList();
        var guarantee = guarantees.Where(g => g.Covers(debt)).OrderBy(g => g.Kind == GuaranteeKind.Individual ? 0 : 1).ThenBy(g => g.Reference, StringComparer.Ordinal).FirstOrDefault();
        if (guarantee is null)
        {
            return false;
        }

        var snapshot = DebtSnapshot.Of(debt);
        guarantee.Reserve(debt.Amount);
        db.GuaranteeReservations.Add(new GuaranteeReservation { Id = Guid.CreateVersion7(), GuaranteeId = guarantee.Id, DebtId = debt.Id, Amount = debt.Amount, ReservedAt = at });
        debt.Secure(guarantee.Id);
        await ledger.PostAsync(LedgerKinds.GuaranteeReserved, debt.Id, at, actor, $"{debt.Lrn} secured on guarantee {guarantee.Reference}",
            [new(ChartOfAccounts.GuaranteeReserved(guarantee.Reference), debt.Currency, debt.Amount, Party: debt.PartyId), new(ChartOfAccounts.GuaranteeCover(guarantee.Reference), debt.Currency, -debt.Amount, Party: debt.PartyId)],
            cancellationToken);
        Audit(debt, snapshot, "debt.secured", actor, at, $"secured on guarantee {guarantee.Reference}");
        Announce(debt, SettlementMethods.Guarantee, at);
        return true;
    }

    /// <summary>
    /// Books money received for a debt: it settles the debt if still payable (releasing its guarantee reservation and
    /// releasing the goods), otherwise it is an over-payment, kept for refund. The payment is marked confirmed.
    /// </summary>
    public async Task ConfirmAsync(Payment payment, Debt debt, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        var before = DebtSnapshot.Of(debt);
        payment.Status = PaymentStatus.Confirmed;
        payment.CompletedAt = at;
        if (!debt.IsPayable || payment.Amount != debt.Amount)
        {
            payment.OverPayment = true;
            debt.RecordOverPayment(payment.Amount);
            await ledger.PostAsync(LedgerKinds.OverPayment, payment.Id, at, actor, $"{payment.Method} {payment.ExternalReference} received for {debt.Lrn}, already {debt.Status}",
                [new(ChartOfAccounts.Bank, payment.Currency, payment.Amount, Party: debt.PartyId, Office: debt.Office), new(ChartOfAccounts.OverPayments(debt.PartyId), payment.Currency, -payment.Amount, Party: debt.PartyId, Office: debt.Office)],
                cancellationToken);
            Audit(debt, before, "debt.over-paid", actor, at, $"{payment.Amount} {payment.Currency} received by {payment.Method} after settlement: over-payment");
            return;
        }

        var wasOpen = debt.Status == DebtStatus.Open;
        await ReleaseReservationAsync(debt, at, actor, cancellationToken);
        debt.Pay(payment.Method, at);
        await ledger.PostAsync(LedgerKinds.PaymentConfirmed, payment.Id, at, actor, $"{payment.Method} {payment.ExternalReference} for {debt.Lrn}",
            [new(ChartOfAccounts.Bank, payment.Currency, payment.Amount, Party: debt.PartyId, Office: debt.Office), new(ChartOfAccounts.Receivable(debt.PartyId), payment.Currency, -payment.Amount, Party: debt.PartyId, Office: debt.Office)],
            cancellationToken);
        Audit(debt, before, "debt.paid", actor, at, $"paid by {payment.Method} ({payment.ExternalReference})");
        if (wasOpen)
        {
            Announce(debt, SettlementMethods.Paid, at);
        }
    }

    /// <summary>Withdraws a debt: reverses its revenue; what it owed is written off, or what was received becomes an over-payment.</summary>
    public async Task CancelAsync(Debt debt, DateTimeOffset at, string actor, string reason, CancellationToken cancellationToken)
    {
        var before = DebtSnapshot.Of(debt);
        var wasPayable = debt.IsPayable;
        await ReleaseReservationAsync(debt, at, actor, cancellationToken);
        var received = debt.Cancel(at);
        var postings = RevenueLines(debt, 1).ToList();
        if (wasPayable)
        {
            postings.Add(new(ChartOfAccounts.Receivable(debt.PartyId), debt.Currency, -debt.Amount, Party: debt.PartyId, Office: debt.Office));
        }
        else
        {
            postings.Add(new(ChartOfAccounts.OverPayments(debt.PartyId), debt.Currency, -received, Party: debt.PartyId, Office: debt.Office));
        }

        await ledger.PostAsync(LedgerKinds.DebtCancelled, debt.Id, at, actor, $"{debt.Lrn}: {reason}", postings, cancellationToken);
        Audit(debt, before, "debt.cancelled", actor, at, reason);
    }

    private async Task ReleaseReservationAsync(Debt debt, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        if (debt.Status != DebtStatus.Secured || debt.GuaranteeId is not { } guaranteeId)
        {
            return;
        }

        var reservation = await db.GuaranteeReservations.FirstAsync(r => r.DebtId == debt.Id, cancellationToken);
        if (reservation.ReleasedAt is not null)
        {
            return;
        }

        var guarantee = await db.Guarantees.FirstAsync(g => g.Id == guaranteeId, cancellationToken);
        guarantee.Release(reservation.Amount);
        reservation.ReleasedAt = at;
        await ledger.PostAsync(LedgerKinds.GuaranteeReleased, debt.Id, at, actor, $"guarantee {guarantee.Reference} released for {debt.Lrn}",
            [new(ChartOfAccounts.GuaranteeCover(guarantee.Reference), debt.Currency, reservation.Amount, Party: debt.PartyId), new(ChartOfAccounts.GuaranteeReserved(guarantee.Reference), debt.Currency, -reservation.Amount, Party: debt.PartyId)],
            cancellationToken);
        db.Audit(new AuditEntry($"guarantee/{guarantee.Id}", actor, "guarantee.released", at, null, new { guarantee.Reference, debt = debt.Id, reservation.Amount, guarantee.Reserved }, $"{reservation.Amount} {debt.Currency} released for {debt.Lrn}"));
    }

    /// <summary>The revenue postings of a debt's lines (sign -1 credits them, +1 reverses); any remainder goes to <c>revenue/other</c>.</summary>
    private static IEnumerable<PostingLine> RevenueLines(Debt debt, int sign)
    {
        foreach (var type in debt.Lines.GroupBy(l => l.TaxType, StringComparer.Ordinal))
        {
            yield return new(ChartOfAccounts.Revenue(type.Key), debt.Currency, sign * type.Sum(l => l.Amount), TaxType: type.Key, Party: debt.PartyId, Office: debt.Office);
        }

        var remainder = debt.Amount - debt.Lines.Sum(l => l.Amount);
        if (remainder != 0m)
        {
            yield return new(ChartOfAccounts.Revenue("other"), debt.Currency, sign * remainder, TaxType: "other", Party: debt.PartyId, Office: debt.Office);
        }
    }

    private void Announce(Debt debt, string how, DateTimeOffset at) =>
        db.Publish(new DutiesPaidOrSecured(debt.DeclarationId, debt.DeclarationVersion, debt.Id, how) { OccurredAt = at });

    private void Audit(Debt debt, DebtSnapshot? before, string action, string actor, DateTimeOffset at, string summary) =>
        db.Audit(new AuditEntry(DebtSnapshot.Stream(debt.Id), actor, action, at, before, DebtSnapshot.Of(debt), summary));
}
