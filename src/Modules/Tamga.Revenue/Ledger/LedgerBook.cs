using Microsoft.EntityFrameworkCore;
using Tamga.Revenue.Data;

namespace Tamga.Revenue.Ledger;

/// <summary>
/// Writes ledger entries into the caller's unit of work: checks that every entry balances per currency, updates the
/// account balances (optimistic concurrency) and refuses a movement that would turn an account the wrong way. Nothing
/// is saved here: the entry commits with the state change it records, its audit record and its events.
/// </summary>
internal sealed class LedgerBook(RevenueDbContext db)
{
    public async Task<LedgerEntry> PostAsync(string kind, Guid reference, DateTimeOffset at, string actor, string description, IReadOnlyList<PostingLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count < 2)
        {
            throw new LedgerException($"A ledger entry needs at least two postings ({kind}).");
        }

        foreach (var currency in lines.GroupBy(l => l.Currency, StringComparer.Ordinal))
        {
            if (currency.Sum(l => l.Amount) != 0m)
            {
                throw new LedgerException($"The postings of {kind} do not balance in {currency.Key}.");
            }
        }

        var entry = new LedgerEntry { Id = Guid.CreateVersion7(), Kind = kind, Reference = reference, At = at, Actor = actor, Description = description.Length > 500 ? description[..500] : description };
        var number = 0;
        foreach (var line in lines)
        {
            if (line.Amount == 0m)
            {
                continue;
            }

            entry.Postings.Add(new Posting
            {
                EntryId = entry.Id,
                Line = ++number,
                Account = line.Account,
                Currency = line.Currency,
                Amount = line.Amount,
                TaxType = line.TaxType,
                Party = line.Party,
                Office = line.Office,
            });
            var balance = await BalanceAsync(line.Account, line.Currency, cancellationToken);
            var after = balance.Balance + line.Amount;
            var sign = ChartOfAccounts.NormalSign(line.Account);
            if ((sign > 0 && after < 0m) || (sign < 0 && after > 0m))
            {
                throw new LedgerException($"{kind} would take account {line.Account} past zero ({after} {line.Currency}).");
            }

            balance.Balance = after;
            balance.Version++;
        }

        db.LedgerEntries.Add(entry);
        return entry;
    }

    public async Task<decimal> BalanceOfAsync(string account, string currency, CancellationToken cancellationToken) =>
        (await BalanceAsync(account, currency, cancellationToken)).Balance;

    private async Task<AccountBalance> BalanceAsync(string account, string currency, CancellationToken cancellationToken)
    {
        var balance = db.AccountBalances.Local.FirstOrDefault(b => b.Account == account && b.Currency == currency)
            ?? await db.AccountBalances.FirstOrDefaultAsync(b => b.Account == account && b.Currency == currency, cancellationToken);
        if (balance is null)
        {
            balance = new AccountBalance { Account = account, Currency = currency };
            db.AccountBalances.Add(balance);
        }

        return balance;
    }
}

/// <summary>One posting to make: positive debit, negative credit; tax type, party and office are kept for reports.</summary>
internal sealed record PostingLine(string Account, string Currency, decimal Amount, string? TaxType = null, string? Party = null, string? Office = null);
