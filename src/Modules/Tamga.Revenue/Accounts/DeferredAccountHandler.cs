using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Kernel.Errors;
using Tamga.Platform.Audit;
using Tamga.Platform.Security;
using Tamga.Revenue.Data;
using Tamga.Revenue.Ledger;

namespace Tamga.Revenue.Accounts;

/// <summary>
/// Deferred payment accounts (finance): opening one with its limit, changing the limit, the monthly statement of
/// charges, and the direct debit that settles a statement — a ledger movement from the account to the bank.
/// </summary>
internal sealed class DeferredAccountHandler(RevenueDbContext db, LedgerBook ledger, MoneyRules money, TimeProvider clock)
{
    public static string Stream(Guid id) => $"deferred-account/{id}";

    public async Task<RevenueOutcome<DeferredAccount>> OpenAsync(ClaimsPrincipal user, string? number, string? party, string? currency, decimal? limit, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        MoneyRules.Text(number, "number", 20, errors, "REV-DEFERRED-NUMBER");
        if (string.IsNullOrWhiteSpace(party) || !Tamga.Kernel.Identifiers.PartyIdentifier.IsValid(party))
        {
            errors.Add(new("party", "REV-PARTY", "The party's EORI or TIN is required."));
        }

        money.Currency(currency, "currency", errors);
        money.Amount(limit, "limit", errors);
        if (errors.Count > 0)
        {
            return new RevenueOutcome<DeferredAccount>.Invalid(errors);
        }

        if (await db.DeferredAccounts.FirstOrDefaultAsync(a => a.Number == number, cancellationToken) is { } known)
        {
            return known.PartyId == party && known.Currency == currency && known.Limit == limit
                ? new RevenueOutcome<DeferredAccount>.Done(known, Replayed: true)
                : new RevenueOutcome<DeferredAccount>.Refused("REV-DEFERRED-EXISTS", $"Deferred account {number} already exists.");
        }

        var now = clock.GetUtcNow();
        var account = new DeferredAccount { Id = Guid.CreateVersion7(), Number = number!.Trim(), PartyId = party!, Currency = currency!, Limit = limit!.Value, OpenedAt = now };
        db.DeferredAccounts.Add(account);
        db.Audit(new AuditEntry(Stream(account.Id), user.Actor(), "deferred-account.opened", now, null, Snapshot(account), $"limit {account.Limit} {account.Currency} for {account.PartyId}"));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<DeferredAccount>.Done(account);
    }

    public async Task<RevenueOutcome<DeferredAccount>> ChangeLimitAsync(Guid id, ClaimsPrincipal user, decimal? limit, bool? active, CancellationToken cancellationToken)
    {
        var errors = new List<RuleViolation>();
        money.Amount(limit, "limit", errors);
        if (errors.Count > 0)
        {
            return new RevenueOutcome<DeferredAccount>.Invalid(errors);
        }

        var account = await db.DeferredAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return new RevenueOutcome<DeferredAccount>.NotFound();
        }

        if (limit < account.Used)
        {
            return RevenueOutcome<DeferredAccount>.Invalid1("limit", "REV-DEFERRED-LIMIT-USED", $"The limit cannot go below what is charged ({account.Used} {account.Currency}).");
        }

        var before = Snapshot(account);
        account.Limit = limit!.Value;
        account.Active = active ?? account.Active;
        db.Audit(new AuditEntry(Stream(account.Id), user.Actor(), "deferred-account.changed", clock.GetUtcNow(), before, Snapshot(account), $"limit {account.Limit}, active {account.Active}"));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<DeferredAccount>.Done(account);
    }

    /// <summary>Issues the statement of a month (<c>yyyy-MM</c>, a month that has ended) listing the charges not yet on a statement.</summary>
    public async Task<RevenueOutcome<Statement>> IssueStatementAsync(Guid id, ClaimsPrincipal user, string? period, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (period is null || !DateTime.TryParseExact(period, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var month))
        {
            return RevenueOutcome<Statement>.Invalid1("period", "REV-STATEMENT-PERIOD", "The period is a month, yyyy-MM.");
        }

        var end = new DateTimeOffset(month.Year, month.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
        if (end > now.AddMonths(1))
        {
            return RevenueOutcome<Statement>.Invalid1("period", "REV-STATEMENT-FUTURE", "A statement is issued for the current or a past month.");
        }

        var account = await db.DeferredAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (account is null)
        {
            return new RevenueOutcome<Statement>.NotFound();
        }

        if (await db.Statements.FirstOrDefaultAsync(s => s.AccountId == id && s.Period == period, cancellationToken) is { } issued)
        {
            return new RevenueOutcome<Statement>.Done(issued, Replayed: true);
        }

        var endTicks = end;
        var charges = (await db.DeferredCharges.Where(c => c.AccountId == id && c.StatementId == null).ToListAsync(cancellationToken))
            .Where(c => c.ChargedAt < endTicks).ToList();
        var statement = new Statement { Id = Guid.CreateVersion7(), AccountId = id, Period = period, Total = charges.Sum(c => c.Amount), Charges = charges.Count, IssuedAt = now };
        foreach (var charge in charges)
        {
            charge.StatementId = statement.Id;
        }

        db.Statements.Add(statement);
        db.Audit(new AuditEntry(Stream(account.Id), user.Actor(), "deferred-account.statement", now, null, new { statement.Id, statement.Period, statement.Total, statement.Charges }, $"statement {period}: {statement.Total} {account.Currency}"));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Statement>.Done(statement);
    }

    /// <summary>Collects a statement by direct debit: the bank receives its total, the account's use goes down by it. Once only.</summary>
    public async Task<RevenueOutcome<Statement>> DirectDebitAsync(Guid id, Guid statementId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var statement = await db.Statements.FirstOrDefaultAsync(s => s.Id == statementId && s.AccountId == id, cancellationToken);
        var account = await db.DeferredAccounts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (statement is null || account is null)
        {
            return new RevenueOutcome<Statement>.NotFound();
        }

        if (statement.DebitedAt is not null)
        {
            return new RevenueOutcome<Statement>.Done(statement, Replayed: true);
        }

        var now = clock.GetUtcNow();
        statement.DebitedAt = now;
        account.Settle(statement.Total);
        if (statement.Total > 0m)
        {
            await ledger.PostAsync(LedgerKinds.DirectDebit, statement.Id, now, user.Actor(), $"direct debit of deferred account {account.Number} for {statement.Period}",
                [new(ChartOfAccounts.Bank, account.Currency, statement.Total, Party: account.PartyId), new(ChartOfAccounts.Deferred(account.Number), account.Currency, -statement.Total, Party: account.PartyId)],
                cancellationToken);
        }

        db.Audit(new AuditEntry(Stream(account.Id), user.Actor(), "deferred-account.direct-debit", now, null, new { statement.Id, statement.Period, statement.Total, account.Used }, $"direct debit {statement.Total} {account.Currency}"));
        await db.SaveChangesAsync(cancellationToken);
        return new RevenueOutcome<Statement>.Done(statement);
    }

    private static object Snapshot(DeferredAccount account) => new { account.Id, account.Number, account.PartyId, account.Currency, account.Limit, account.Used, account.Active };
}
