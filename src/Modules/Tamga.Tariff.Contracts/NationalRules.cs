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

/// <summary>
/// Goods for which a national additional code (DE 6/17) may be claimed, when the law restricts the code to goods it lists:
/// e.g. the UK's <c>VATR</c> (VAT at the reduced rate) only for the goods of the Value Added Tax Act 1994, Schedule 7A.
/// A declared code that is restricted and has no scope row whose <see cref="CodePrefix"/> begins the commodity code on the
/// date is not applied: the goods bear the rate they would bear without it (the standard rate), with a note.
/// </summary>
public sealed record AdditionalCodeScope(string AdditionalCode, string CodePrefix, DateOnly ValidFrom, DateOnly? ValidTo, string Goods, string LegalBase)
{
    public bool InForce(DateOnly date) => date >= ValidFrom && (ValidTo is not { } end || date <= end);
}

/// <summary>What the scope rules say of a declared additional code on a commodity code.</summary>
public enum ScopeVerdict : byte
{
    /// <summary>The code is not restricted to listed goods.</summary>
    Unrestricted,

    /// <summary>The code is restricted and the goods are listed: the claim may stand.</summary>
    Listed,

    /// <summary>The code is restricted and the goods are not listed on the date: the claim is not applied.</summary>
    NotListed,
}

/// <summary>
/// A tariff quota's terms (tariff data): its order number (DE 8/1), the commodity code prefixes and origins it covers, the
/// preference codes (DE 4/17) that claim it, its volume in <see cref="Unit"/> for the period, and the in-quota ad valorem
/// rate with its legal source. The balance of the period is not here: it is kept by the revenue module and allocated in a
/// transaction; the calculation takes the allocation as input.
/// </summary>
public sealed record TariffQuotaTerms(
    string OrderNumber,
    IReadOnlyList<string> CodePrefixes,
    IReadOnlyList<string> Origins,
    IReadOnlyList<string> Preferences,
    decimal InQuotaRate,
    decimal Volume,
    string Unit,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Description,
    string LegalBase)
{
    /// <summary>Origins that mean "any country" in <see cref="Origins"/>.</summary>
    public const string AnyOrigin = "1011";

    public bool Covers(string commodityCode, string? origin, DateOnly date) =>
        date >= PeriodStart && date <= PeriodEnd
        && CodePrefixes.Any(p => commodityCode.StartsWith(p, StringComparison.Ordinal))
        && (Origins.Contains(AnyOrigin, StringComparer.Ordinal) || (origin is not null && Origins.Contains(origin, StringComparer.Ordinal)));
}

/// <summary>
/// A de minimis reporting threshold: consignments whose customs value is below <see cref="Value"/> (national currency) are
/// flagged as low-value consignments in the explanation (they stay assessed; the relief from duty is a separate rule, see
/// <see cref="ValueRelief"/>).
/// </summary>
public sealed record ReportingThreshold(decimal Value, string Description, string LegalBase);
