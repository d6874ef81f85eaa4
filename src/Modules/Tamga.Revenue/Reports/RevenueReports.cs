using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Text;
using Tamga.Revenue.Accounts;
using Tamga.Revenue.Data;
using Tamga.Revenue.Guarantees;
using Tamga.Revenue.Ledger;
using Tamga.Revenue.Payments;
using Tamga.Revenue.Refunds;

namespace Tamga.Revenue.Reports;

/// <summary>One row of the collection report: the group's key, the currency and the amount collected.</summary>
public sealed record CollectedRow(string Key, string Currency, decimal Amount, int Debts);

/// <summary>One check of the reconciliation: two independent figures that must agree.</summary>
public sealed record ReconciliationCheck(string Check, string Currency, decimal Expected, decimal Actual)
{
    public decimal Difference => Actual - Expected;
}

/// <summary>The reconciliation of one currency: assessed, collected, secured, refunded, and every check.</summary>
public sealed record Reconciliation(
    string Currency,
    decimal Assessed,
    decimal Cancelled,
    decimal Paid,
    decimal Deferred,
    decimal Secured,
    decimal Outstanding,
    decimal Collected,
    decimal DirectDebited,
    decimal OverPaid,
    decimal Refunded,
    IReadOnlyList<ReconciliationCheck> Checks)
{
    public bool Balanced => Checks.All(c => c.Difference == 0m);
}

/// <summary>One import-VAT line for the tax administration.</summary>
public sealed record ImportVatLine(string? Mrn, string Lrn, string Importer, string? Office, DateTimeOffset AssessedAt, int Item, string TaxType, decimal Base, decimal Rate, decimal Amount, string Currency, string Status, DateTimeOffset? SettledAt, string? SettledBy);

/// <summary>
/// Revenue reports: collection by day, office, tax type and party; the reconciliation of the ledger against the debts,
/// payments, reservations and refunds; the import-VAT feed. Figures are summed in memory from exact decimals.
/// </summary>
internal sealed class RevenueReports(RevenueDbContext db)
{
    public static readonly IReadOnlyList<string> Groupings = ["day", "office", "tax-type", "party"];

    /// <summary>Duties collected (paid or charged to a deferred account) between two instants, grouped.</summary>
    public async Task<IReadOnlyList<CollectedRow>> CollectedAsync(DateTimeOffset from, DateTimeOffset to, string groupBy, string? party, CancellationToken cancellationToken)
    {
        var query = db.Debts.AsNoTracking().Include(d => d.Lines)
            .Where(d => (d.Status == DebtStatus.Paid || d.Status == DebtStatus.Deferred) && d.SettledAt >= from && d.SettledAt < to);
        if (party is not null)
        {
            query = query.Where(d => d.PartyId == party);
        }

        var debts = await query.ToListAsync(cancellationToken);
        IEnumerable<(string Key, Debt Debt, decimal Amount)> parts = groupBy switch
        {
            "day" => debts.Select(d => (d.SettledAt!.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d, d.Amount)),
            "office" => debts.Select(d => (d.Office ?? "-", d, d.Amount)),
            "party" => debts.Select(d => (d.PartyId, d, d.Amount)),
            _ => debts.SelectMany(d => d.Lines.GroupBy(l => l.TaxType, StringComparer.Ordinal).Select(g => (g.Key, d, g.Sum(l => l.Amount)))
                .Concat(d.Amount != d.Lines.Sum(l => l.Amount) ? [("other", d, d.Amount - d.Lines.Sum(l => l.Amount))] : [])),
        };
        return parts.GroupBy(p => (p.Key, p.Debt.Currency))
            .Select(g => new CollectedRow(g.Key.Key, g.Key.Currency, g.Sum(p => p.Amount), g.Select(p => p.Debt.Id).Distinct().Count()))
            .OrderBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Currency, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per currency: the debts' statuses add up to what was assessed, and each ledger account's balance equals the
    /// figure rebuilt from the business records (receivable, bank, deferred, guarantee reservations, over-payments,
    /// revenue), and the whole ledger balances. Every difference must be zero.
    /// </summary>
    public async Task<IReadOnlyList<Reconciliation>> ReconcileAsync(CancellationToken cancellationToken)
    {
        var debts = await db.Debts.AsNoTracking().ToListAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.Status == PaymentStatus.Confirmed).ToListAsync(cancellationToken);
        var reservations = await db.GuaranteeReservations.AsNoTracking().Where(r => r.ReleasedAt == null).ToListAsync(cancellationToken);
        var guarantees = await db.Guarantees.AsNoTracking().ToDictionaryAsync(g => g.Id, cancellationToken);
        var statements = await db.Statements.AsNoTracking().Where(s => s.DebitedAt != null).ToListAsync(cancellationToken);
        var accounts = await db.DeferredAccounts.AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var charges = await db.DeferredCharges.AsNoTracking().ToListAsync(cancellationToken);
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.Status == RefundStatus.Paid).ToListAsync(cancellationToken);
        var postings = await db.Postings.AsNoTracking().ToListAsync(cancellationToken);
        var balances = await db.AccountBalances.AsNoTracking().ToListAsync(cancellationToken);

        var currencies = debts.Select(d => d.Currency).Concat(postings.Select(p => p.Currency)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var result = new List<Reconciliation>();
        foreach (var currency in currencies)
        {
            var mine = debts.Where(d => d.Currency == currency).ToList();
            decimal Sum(DebtStatus status) => mine.Where(d => d.Status == status).Sum(d => d.Amount);
            var assessed = mine.Sum(d => d.Amount);
            var cancelled = Sum(DebtStatus.Cancelled);
            var paid = Sum(DebtStatus.Paid);
            var deferred = Sum(DebtStatus.Deferred);
            var secured = Sum(DebtStatus.Secured);
            var outstanding = Sum(DebtStatus.Open);
            var mineIds = mine.Select(d => d.Id).ToHashSet();
            var collected = payments.Where(p => p.Currency == currency).Sum(p => p.Amount);
            var directDebited = statements.Where(s => accounts[s.AccountId].Currency == currency).Sum(s => s.Total);
            var refunded = refunds.Where(r => r.Currency == currency).Sum(r => r.Amount);
            var overPaidRefunded = refunds.Where(r => r.Currency == currency && r.Reason == Refund.OverPayment).Sum(r => r.Amount);
            var otherRefunded = refunded - overPaidRefunded;
            var overPaid = mine.Sum(d => d.OverPaid);
            var reservedNow = reservations.Where(r => guarantees[r.GuaranteeId].Currency == currency).Sum(r => r.Amount);
            var chargedNotDebited = charges.Where(c => mineIds.Contains(c.DebtId)).Sum(c => c.Amount) - directDebited;
            var mp = postings.Where(p => p.Currency == currency).ToList();
            decimal Ledger(Func<string, bool> account) => mp.Where(p => account(p.Account)).Sum(p => p.Amount);
            bool Starts(string account, string prefix) => account.StartsWith(prefix, StringComparison.Ordinal);

            var checks = new List<ReconciliationCheck>
            {
                new("assessed = cancelled + paid + deferred + secured + outstanding", currency, assessed, cancelled + paid + deferred + secured + outstanding),
                new("debts settled by payment = payments settling them", currency, mine.Where(d => d.SettledBy is Payment.EPayment or Payment.Cash or Payment.BankTransfer).Sum(d => d.Amount), payments.Where(p => p.Currency == currency && !p.OverPayment).Sum(p => p.Amount)),
                new("revenue ledger = assessed - cancelled", currency, assessed - cancelled, -Ledger(a => Starts(a, "revenue/"))),
                new("receivable ledger = secured + outstanding", currency, secured + outstanding, Ledger(a => Starts(a, "receivable/"))),
                new("bank ledger = collected + direct debits - refunds paid", currency, collected + directDebited - refunded, Ledger(a => a == ChartOfAccounts.Bank)),
                new("deferred ledger = charges not yet debited", currency, chargedNotDebited, Ledger(a => Starts(a, "deferred/"))),
                new("guarantee reservations = reserved ledger", currency, reservedNow, Ledger(a => Starts(a, "guarantee-reserved/"))),
                new("over-payments ledger = over-paid - refunded over-payments", currency, overPaid - overPaidRefunded, -Ledger(a => Starts(a, "over-payments/"))),
                new("refunds ledger = other refunds paid", currency, otherRefunded, Ledger(a => Starts(a, "refunds/"))),
                new("trial balance (debits = credits)", currency, 0m, mp.Sum(p => p.Amount)),
                new("account balances = sum of their postings", currency, 0m, BalanceDrift(mp, balances.Where(b => b.Currency == currency))),
            };
            result.Add(new Reconciliation(currency, assessed, cancelled, paid, deferred, secured, outstanding, collected, directDebited, overPaid, refunded, checks));
        }

        return result;
    }

    /// <summary>How far the running balances are from their postings, summed over accounts (zero when they agree).</summary>
    private static decimal BalanceDrift(List<Posting> postings, IEnumerable<AccountBalance> balances)
    {
        var sums = postings.GroupBy(p => p.Account, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount), StringComparer.Ordinal);
        var drift = 0m;
        foreach (var balance in balances)
        {
            drift += Math.Abs(balance.Balance - sums.GetValueOrDefault(balance.Account));
            sums.Remove(balance.Account);
        }

        return drift + sums.Values.Sum(Math.Abs);
    }

    /// <summary>The import-VAT lines of debts assessed between two instants (tax types of <paramref name="vatTypes"/>).</summary>
    public async Task<IReadOnlyList<ImportVatLine>> ImportVatAsync(DateTimeOffset from, DateTimeOffset to, IReadOnlyCollection<string> vatTypes, CancellationToken cancellationToken)
    {
        var debts = await db.Debts.AsNoTracking().Include(d => d.Lines)
            .Where(d => d.AssessedAt >= from && d.AssessedAt < to && d.Status != DebtStatus.Cancelled)
            .ToListAsync(cancellationToken);
        return debts.OrderBy(d => d.AssessedAt)
            .SelectMany(d => d.Lines.Where(l => vatTypes.Contains(l.TaxType)).OrderBy(l => l.Line)
                .Select(l => new ImportVatLine(d.Mrn, d.Lrn, d.PartyId, d.Office, d.AssessedAt, l.Item, l.TaxType, l.Base, l.Rate, l.Amount, d.Currency, d.Status.ToString(), d.SettledAt, d.SettledBy)))
            .ToList();
    }

    public static string CollectedCsv(IEnumerable<CollectedRow> rows, string groupBy)
    {
        var csv = new StringBuilder();
        csv.Append(groupBy).Append(",currency,amount,debts\r\n");
        foreach (var row in rows)
        {
            csv.Append(Csv.Cell(row.Key)).Append(',').Append(row.Currency).Append(',').Append(Money(row.Amount)).Append(',').Append(row.Debts.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string ImportVatCsv(IEnumerable<ImportVatLine> lines)
    {
        var csv = new StringBuilder("mrn,lrn,importer,office,assessed_at,item,tax_type,base,rate,amount,currency,status,settled_at,settled_by\r\n");
        foreach (var l in lines)
        {
            csv.AppendJoin(',', Csv.Cell(l.Mrn ?? ""), Csv.Cell(l.Lrn), Csv.Cell(l.Importer), Csv.Cell(l.Office ?? ""), Instant(l.AssessedAt), l.Item.ToString(CultureInfo.InvariantCulture), Csv.Cell(l.TaxType),
                Money(l.Base), l.Rate.ToString("0.######", CultureInfo.InvariantCulture), Money(l.Amount), l.Currency, l.Status, l.SettledAt is { } s ? Instant(s) : "", Csv.Cell(l.SettledBy ?? "")).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
