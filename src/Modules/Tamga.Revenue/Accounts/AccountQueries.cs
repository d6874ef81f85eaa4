using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Organisation;
using Tamga.Platform.Security;
using Tamga.Revenue.Data;

namespace Tamga.Revenue.Accounts;

/// <summary>Reads for the trader's account and the finance views; a trader sees only its own party's records.</summary>
internal sealed class AccountQueries(RevenueDbContext db)
{
    public const int MaxRows = 500;

    /// <summary>The party whose records the caller may read: its own for a trader, any (null) for finance, officers and auditors.</summary>
    public static bool MayReadAll(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Finance) || user.IsInRole(Roles.Officer) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Auditor) || user.IsInRole(Roles.Admin);

    public async Task<AccountView> AccountAsync(string party, CancellationToken cancellationToken)
    {
        var debts = await db.Debts.AsNoTracking().Include(d => d.Lines).Where(d => d.PartyId == party).OrderByDescending(d => d.AssessedAt).Take(MaxRows).ToListAsync(cancellationToken);
        var payments = await db.Payments.AsNoTracking().Where(p => p.PartyId == party).OrderByDescending(p => p.CreatedAt).Take(MaxRows).ToListAsync(cancellationToken);
        var accounts = await db.DeferredAccounts.AsNoTracking().Where(a => a.PartyId == party).OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var guarantees = await db.Guarantees.AsNoTracking().Where(g => g.PartyId == party).OrderBy(g => g.Reference).ToListAsync(cancellationToken);
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.PartyId == party).OrderByDescending(r => r.RequestedAt).Take(MaxRows).ToListAsync(cancellationToken);
        return new AccountView(party, debts.Select(d => d.View()).ToList(), payments.Select(p => p.View()).ToList(), accounts.Select(a => a.View()).ToList(), guarantees.Select(g => g.View()).ToList(), refunds.Select(r => r.View()).ToList());
    }

    public async Task<Debt?> DebtAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var debt = await db.Debts.AsNoTracking().Include(d => d.Lines).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        return debt is not null && (MayReadAll(user) || debt.PartyId == user.PartyId()) ? debt : null;
    }

    public async Task<Payments.Payment?> PaymentAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return payment is not null && (MayReadAll(user) || payment.PartyId == user.PartyId()) ? payment : null;
    }

    public async Task<IReadOnlyList<DebtView>> DebtsAsync(string? party, string? status, CancellationToken cancellationToken)
    {
        var query = db.Debts.AsNoTracking().Include(d => d.Lines).AsQueryable();
        if (party is not null)
        {
            query = query.Where(d => d.PartyId == party);
        }

        if (Enum.TryParse<DebtStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(d => d.Status == wanted);
        }

        return (await query.OrderByDescending(d => d.AssessedAt).Take(MaxRows).ToListAsync(cancellationToken)).Select(d => d.View()).ToList();
    }

    public async Task<IReadOnlyList<DeferredAccountView>> DeferredAccountsAsync(CancellationToken cancellationToken) =>
        (await db.DeferredAccounts.AsNoTracking().OrderBy(a => a.Number).Take(MaxRows).ToListAsync(cancellationToken)).Select(a => a.View()).ToList();

    public async Task<IReadOnlyList<StatementView>> StatementsAsync(Guid accountId, CancellationToken cancellationToken) =>
        (await db.Statements.AsNoTracking().Where(s => s.AccountId == accountId).OrderByDescending(s => s.Period).ToListAsync(cancellationToken)).Select(s => s.View()).ToList();

    public async Task<IReadOnlyList<GuaranteeView>> GuaranteesAsync(CancellationToken cancellationToken) =>
        (await db.Guarantees.AsNoTracking().OrderBy(g => g.Reference).Take(MaxRows).ToListAsync(cancellationToken)).Select(g => g.View()).ToList();

    public async Task<IReadOnlyList<RefundView>> RefundsAsync(string? status, CancellationToken cancellationToken)
    {
        var query = db.Refunds.AsNoTracking().AsQueryable();
        if (Enum.TryParse<Refunds.RefundStatus>(status, ignoreCase: true, out var wanted))
        {
            query = query.Where(r => r.Status == wanted);
        }

        return (await query.OrderByDescending(r => r.RequestedAt).Take(MaxRows).ToListAsync(cancellationToken)).Select(r => r.View()).ToList();
    }
}
