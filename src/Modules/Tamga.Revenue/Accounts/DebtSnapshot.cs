namespace Tamga.Revenue.Accounts;

/// <summary>What the audit trail hashes of a debt before and after each change.</summary>
internal sealed record DebtSnapshot(Guid Id, Guid DeclarationId, int DeclarationVersion, string PartyId, decimal Amount, string Currency, string Status, string? SettledBy, Guid? GuaranteeId, Guid? DeferredAccountId, decimal Refunded, decimal OverPaid)
{
    public static DebtSnapshot Of(Debt debt) =>
        new(debt.Id, debt.DeclarationId, debt.DeclarationVersion, debt.PartyId, debt.Amount, debt.Currency, debt.Status.ToString(), debt.SettledBy, debt.GuaranteeId, debt.DeferredAccountId, debt.Refunded + debt.OverPaidRefunded, debt.OverPaid);

    public static string Stream(Guid id) => $"debt/{id}";
}
