namespace Tamga.Declarations.Contracts;

/// <summary>Selectivity channels. Green: release without control; yellow: documentary check; red: physical examination.</summary>
public enum Channel
{
    Green,
    Yellow,
    Red,
}

/// <summary>The risk decision for a declaration, with the reasons an officer sees.</summary>
public sealed record RiskDecision(Channel Channel, IReadOnlyList<string> Reasons, string DecidedBy)
{
    /// <summary>
    /// The skills an officer needs to carry out the control (the names of <c>Tamga.Platform.Organisation.Skills</c>,
    /// e.g. <c>physical</c>, <c>valuation</c>); empty when any officer of the office may.
    /// </summary>
    public IReadOnlyList<string> Skills { get; init; } = [];
}

/// <summary>
/// Risk assessment port, owned by the declarations module. The Risk module implements it; until then the
/// declarations module selects by explicit, configured criteria.
/// </summary>
public interface IRiskAssessment
{
    ValueTask<RiskDecision> AssessAsync(DeclarationFacts declaration, CancellationToken cancellationToken);
}

/// <summary>
/// One duty or tax line of an assessment. <see cref="Unit"/> is null for a rate on value (<see cref="Base"/> is an
/// amount in <see cref="Currency"/>, <see cref="Rate"/> a percentage); for a specific duty it is the UN/ECE
/// Recommendation 20 unit of the quantity in <see cref="Base"/> (e.g. <c>KGM</c>), and <see cref="Rate"/> the amount per unit.
/// </summary>
public sealed record TaxLine(int Item, string TaxType, decimal Base, decimal Rate, decimal Amount, string Currency, string Reason, string? Unit = null);

/// <summary>
/// A duty assessment. <see cref="Assessed"/> is false when nothing assessed the duties (no Revenue module):
/// then no amount is shown as due, and nothing is invented. <see cref="Determined"/> is false when the calculation
/// could not determine every item's duties (a code not in the tariff, a measure needing data the declaration lacks):
/// then an officer determines them before the goods can be released, and no debt is booked for a partial amount.
/// </summary>
public sealed record DutyAssessment(bool Assessed, IReadOnlyList<TaxLine> Lines, decimal TotalDue, string Currency, bool PaidOrSecured, string Note, bool Determined = true)
{
    public static DutyAssessment NotAssessed { get; } = new(false, [], 0m, "", true, "Duties not assessed: no duty calculation is installed.");
}

/// <summary>Duty assessment port, owned by the declarations module; the Revenue module implements it.</summary>
public interface IDutyAssessment
{
    ValueTask<DutyAssessment> AssessAsync(DeclarationFacts declaration, DateOnly acceptanceDate, CancellationToken cancellationToken);
}

/// <summary>A declaration document read into facts, or the problems that stop it being read.</summary>
public sealed record DeclarationDocument(DeclarationFacts? Facts, IReadOnlyList<string> Problems);

/// <summary>
/// Reads a declaration document (WCO DEC-DMS XML) into <see cref="DeclarationFacts"/> without lodging it, e.g. to assess
/// its duties from the command line. Owned and implemented by the declarations module.
/// </summary>
public interface IDeclarationDocuments
{
    DeclarationDocument ReadDecDms(ReadOnlyMemory<byte> document);
}
