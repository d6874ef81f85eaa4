namespace Tamga.Tariff.Contracts;

/// <summary>How the law treats a goods item beyond the measures of its line: reliefs and another tariff's duty.</summary>
[Flags]
public enum ItemTreatment : byte
{
    None = 0,

    /// <summary>Customs and additional duties are assessed (so that the VAT base is right) but relieved: nothing is due.</summary>
    DutiesRelieved = 1,

    /// <summary>Import VAT is assessed but relieved: nothing is due.</summary>
    VatRelieved = 2,

    /// <summary>
    /// The national customs duty does not apply: another customs territory's duty is due instead (goods entering Northern
    /// Ireland at risk of moving into the EU bear the EU duty). Customs and additional duties of the national tariff are left
    /// out, and so is their share of the VAT base.
    /// </summary>
    OtherTerritoryDuty = 4,
}

/// <summary>
/// A relief keyed to a declared additional procedure (DE 1/11) with a ceiling on the consignment's value, e.g. the UK's
/// <c>C07</c> consignments of negligible value: <see cref="Treatment"/> applies when the customs value of the whole
/// consignment is at most <see cref="MaxConsignmentValue"/> (in the national currency; none: any value).
/// </summary>
public sealed record ValueRelief(string AdditionalProcedure, decimal? MaxConsignmentValue, ItemTreatment Treatment, string Description, string LegalBase);

/// <summary>
/// Goods brought into a part of the territory where another tariff may apply (Northern Ireland under the Windsor Framework):
/// an item declaring one of <see cref="MovementCodes"/> (DE 2/2) is such a movement; it bears the other territory's duty
/// (<see cref="ItemTreatment.OtherTerritoryDuty"/>) unless it declares one of <see cref="NotAtRiskCodes"/>, or declares one
/// of <see cref="NotAtRiskWithAuthorisationCodes"/> on a declaration naming one of <see cref="NotAtRiskAuthorisations"/>
/// (DE 3/39).
/// </summary>
public sealed record OtherTerritoryRule(
    IReadOnlyList<string> MovementCodes,
    IReadOnlyList<string> NotAtRiskCodes,
    IReadOnlyList<string> NotAtRiskWithAuthorisationCodes,
    IReadOnlyList<string> NotAtRiskAuthorisations,
    string Description,
    string LegalBase)
{
    public static OtherTerritoryRule None { get; } = new([], [], [], [], "", "");

    /// <summary>Whether an item with these DE 2/2 codes, on a declaration with these DE 3/39 authorisations, bears the other territory's duty.</summary>
    public bool AtRisk(IReadOnlyList<string> informationCodes, IReadOnlyList<string> authorisations)
    {
        if (!informationCodes.Any(c => MovementCodes.Contains(c, StringComparer.Ordinal)))
        {
            return false;
        }

        if (informationCodes.Any(c => NotAtRiskCodes.Contains(c, StringComparer.Ordinal)))
        {
            return false;
        }

        return !(informationCodes.Any(c => NotAtRiskWithAuthorisationCodes.Contains(c, StringComparer.Ordinal))
            && authorisations.Any(a => NotAtRiskAuthorisations.Contains(a, StringComparer.Ordinal)));
    }
}

/// <summary>
/// A commodity code of a later edition of the Harmonized System that the loaded tariff (on an earlier basis) does not
/// have, served by the line that covered the same goods before: e.g. HS 2022 <c>8543 40</c> (electronic cigarettes) by
/// the HS 2017 based line <c>8543 70 70</c>. <see cref="Code"/> is a prefix (6, 8 or 10 digits) of declared codes.
/// </summary>
public sealed record CodeCorrelation(string Code, string Line, string Explanation, string Source);
