using Tamga.Kernel.Events;

namespace Tamga.Revenue.Contracts;

/// <summary>How the duties of a declaration came to be paid or secured.</summary>
public static class SettlementMethods
{
    /// <summary>Paid in full (e-payment, cash or bank transfer).</summary>
    public const string Paid = "paid";

    /// <summary>Charged to the declarant's deferred payment account, settled by direct debit on the monthly statement.</summary>
    public const string Deferred = "deferred";

    /// <summary>Secured by a reservation on an individual or comprehensive guarantee.</summary>
    public const string Guarantee = "guarantee";
}

/// <summary>
/// The duties assessed for version <paramref name="DeclarationVersion"/> of a declaration are paid or secured
/// (<paramref name="How"/> is one of <see cref="SettlementMethods"/>): the goods may be released.
/// </summary>
public sealed record DutiesPaidOrSecured(Guid DeclarationId, int DeclarationVersion, Guid DebtId, string How) : IntegrationEvent;
