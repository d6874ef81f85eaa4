namespace Tamga.Revenue.Ledger;

/// <summary>
/// The ledger accounts Revenue posts to, by name. Each has a normal side; a movement that would take an account
/// past zero to the other side is refused (<see cref="LedgerException"/>), so balances never go negative silently.
/// </summary>
internal static class ChartOfAccounts
{
    /// <summary>Duties owed by a party (debit): booked on assessment, cleared by payment, deferment or cancellation.</summary>
    public static string Receivable(string party) => "receivable/" + party;

    /// <summary>Duty and tax revenue per tax type (credit).</summary>
    public static string Revenue(string taxType) => "revenue/" + taxType;

    /// <summary>Money received by the administration (debit): payments and direct debits, less refunds paid out.</summary>
    public const string Bank = "bank";

    /// <summary>Duties charged to a deferred payment account and not yet debited (debit).</summary>
    public static string Deferred(string accountNumber) => "deferred/" + accountNumber;

    /// <summary>Memorandum pair of a guarantee: the part of its reference amount reserved for unpaid debts.</summary>
    public static string GuaranteeReserved(string reference) => "guarantee-reserved/" + reference;

    public static string GuaranteeCover(string reference) => "guarantee-cover/" + reference;

    /// <summary>Money received for a debt already settled, owed back to the party (credit) until refunded.</summary>
    public static string OverPayments(string party) => "over-payments/" + party;

    /// <summary>Refunds and repayments paid out, per reason (debit; a contra-revenue account).</summary>
    public static string Refunds(string reason) => "refunds/" + reason;

    /// <summary>+1 for accounts that must stay at or above zero, -1 for those at or below zero, 0 for none.</summary>
    public static int NormalSign(string account) => account switch
    {
        Bank => 1,
        _ when account.StartsWith("receivable/", StringComparison.Ordinal) => 1,
        _ when account.StartsWith("deferred/", StringComparison.Ordinal) => 1,
        _ when account.StartsWith("guarantee-reserved/", StringComparison.Ordinal) => 1,
        _ when account.StartsWith("refunds/", StringComparison.Ordinal) => 1,
        _ when account.StartsWith("revenue/", StringComparison.Ordinal) => -1,
        _ when account.StartsWith("guarantee-cover/", StringComparison.Ordinal) => -1,
        _ when account.StartsWith("over-payments/", StringComparison.Ordinal) => -1,
        _ => 0,
    };
}

/// <summary>A movement broke the ledger's invariants (unbalanced, or an account would turn negative): a bug or a race, never saved.</summary>
internal sealed class LedgerException(string message) : Exception(message);
