using System.Collections.Frozen;

namespace Tamga.Tariff.Contracts;

/// <summary>
/// The measures of the loaded national tariff, precompiled for calculation: the duties and taxes that other modules
/// (Revenue) compute. Owned by the tariff module; <see cref="Current"/> follows each tariff load.
/// </summary>
public interface IMeasuresInForce
{
    MeasureTable Current { get; }
}

/// <summary>What a tax type is for the calculation: its place in the VAT base and how its amounts are rounded.</summary>
public enum TaxCategory : byte
{
    /// <summary>Customs duty (third-country, preferential, quota, suspended rate).</summary>
    CustomsDuty,

    /// <summary>Additional, anti-dumping or countervailing duty.</summary>
    AdditionalDuty,

    Excise,

    /// <summary>Value added tax on importation: charged on the customs value plus the other duties and taxes.</summary>
    Vat,

    Fee,
}

public enum RoundingRule : byte
{
    /// <summary>Towards zero to the currency's smallest unit (e.g. down to the penny).</summary>
    Down,

    /// <summary>To the nearest, halves away from zero.</summary>
    HalfUp,
}

/// <summary>
/// A national tax type (DE 4/3), e.g. <c>A00</c> customs duty or <c>B00</c> import VAT in the UK: the code the tariff's
/// measure types are declared and assessed under, with the rounding the law sets for it.
/// </summary>
public sealed record TaxTypeInfo(string Code, string Name, TaxCategory Category, int Decimals, RoundingRule Rounding, string RoundingSource);

public enum ComponentClause : byte
{
    Duty,
    Minimum,
    Maximum,
}

public enum ComponentKind : byte
{
    /// <summary>Percentage of the value.</summary>
    AdValorem,

    /// <summary>Amount per quantity of the goods.</summary>
    Specific,

    /// <summary>A part that value and quantity do not determine (agricultural component, entry price…).</summary>
    NotComputable,
}

/// <summary>Which declared quantity a specific rate applies to.</summary>
public enum QuantityBasis : byte
{
    None,

    /// <summary>DE 6/1 net mass in kilograms.</summary>
    NetMass,

    /// <summary>DE 6/2 supplementary units (items, litres, m², …).</summary>
    SupplementaryUnits,

    /// <summary>
    /// The DE 4/4 tax base quantity declared on the item's line of an excise tax type (e.g. kilograms of tobacco,
    /// <c>KTC</c>), else the DE 6/1 net mass.
    /// </summary>
    DeclaredTaxBase,

    /// <summary>Litres of pure alcohol: the DE 6/2 supplementary units (litres) times the declared alcoholic strength.</summary>
    PureAlcohol,
}

/// <summary>
/// One part of a rate: <c>12 %</c>, <c>+ 147 GBP / 100 kg</c>, <c>MAX 18.7 %</c>. A specific part charges
/// <see cref="Rate"/> per <see cref="UnitSize"/> of the <see cref="Basis"/> quantity (100 for <c>DTN</c>, 100 kg).
/// </summary>
public readonly record struct RateComponent(ComponentClause Clause, ComponentKind Kind, decimal Rate, string? Currency, string? Unit, QuantityBasis Basis, decimal UnitSize)
{
    /// <summary>What one unit of the base (value or quantity) bears: the percentage / 100, or the rate / unit size; computed once.</summary>
    public decimal Factor { get; } = Kind switch
    {
        ComponentKind.AdValorem => Rate / 100m,
        ComponentKind.Specific when UnitSize != 0m => Rate / UnitSize,
        _ => 0m,
    };
}

/// <summary>
/// A measure compiled for calculation. Dates are <see cref="DateOnly.DayNumber"/>s; the season, components and texts are
/// ranges of the table's arrays, so that reading a measure allocates nothing.
/// </summary>
public readonly record struct CompiledMeasure(
    int TaxType,
    string MeasureType,
    string Origin,
    int ValidFromDay,
    int ValidToDay,
    int SeasonStart,
    int SeasonCount,
    int ComponentStart,
    int ComponentCount,
    string? AdditionalCode,
    string? PreferenceCode,
    int Text,
    string? QuotaOrder = null)
{
    /// <summary>Origin "any country" (TARIC's ERGA OMNES).</summary>
    public const string AnyOrigin = "1011";

    /// <summary>
    /// How specific the measure is: one with an additional code the goods declare beats one with a claimed preference,
    /// which beats one for the origin, which beats one for any origin. The most specific measure of a tax type applies.
    /// A quota's in-quota rate (<see cref="QuotaOrder"/>, applying only to the quota part of an item) beats them all.
    /// </summary>
    public int Specificity => (QuotaOrder is null ? 0 : 8) + (AdditionalCode is null ? 0 : 4) + (PreferenceCode is null ? 0 : 2) + (Origin == AnyOrigin ? 0 : 1);
}

/// <summary>The texts that explain a measure: what it is, the duty expression as published and its legal base.</summary>
public sealed record MeasureText(string MeasureType, string Description, string Expression, string LegalBase);

/// <summary>
/// The national tariff's measures as flat arrays, for calculation without allocation: for each national line a range
/// of measures, plus the measures on every line (e.g. VAT). Immutable; built by the tariff module.
/// </summary>
public sealed class MeasureTable
{
    private readonly FrozenDictionary<string, int> _lines;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lineLookup;
    private readonly int[] _lineStart;
    private readonly int[] _lineCount;
    private readonly CompiledMeasure[] _measures;
    private readonly int _everyLineStart;
    private readonly int _everyLineCount;
    private readonly RateComponent[] _components;
    private readonly int[] _seasons;
    private readonly MeasureText[] _texts;
    private readonly FrozenDictionary<string, (int Line, CodeCorrelation Correlation)> _successors;
    private readonly FrozenDictionary<string, (int Line, CodeCorrelation Correlation)>.AlternateLookup<ReadOnlySpan<char>> _successorLookup;

    /// <param name="nationalCurrency">The currency duties are assessed in (ISO 4217).</param>
    /// <param name="taxTypes">Tax types, indexed by <see cref="CompiledMeasure.TaxType"/>.</param>
    /// <param name="lines">For each national line code, the index of its range in <paramref name="lineStart"/>/<paramref name="lineCount"/>.</param>
    /// <param name="lineStart">First measure of each line in <paramref name="measures"/>.</param>
    /// <param name="lineCount">Number of measures of each line.</param>
    /// <param name="measures">All measures; those on every line are the range <paramref name="everyLineStart"/>, <paramref name="everyLineCount"/>.</param>
    /// <param name="everyLineStart">First measure on every line.</param>
    /// <param name="everyLineCount">Number of measures on every line.</param>
    /// <param name="components">Rate components, ranges of which the measures name.</param>
    /// <param name="seasons">Season windows as pairs of <c>MMDD</c> start and end (inclusive; an end before the start runs over the new year).</param>
    /// <param name="texts">Explanations, indexed by <see cref="CompiledMeasure.Text"/>.</param>
    /// <param name="correlations">Codes of a later HS edition served by a line of the table (their <see cref="CodeCorrelation.Line"/> must be one).</param>
    /// <param name="reliefs">Reliefs keyed to an additional procedure and a value ceiling.</param>
    /// <param name="otherTerritory">When another territory's duty replaces the national customs duty.</param>
    public MeasureTable(
        string nationalCurrency,
        IReadOnlyList<TaxTypeInfo> taxTypes,
        IReadOnlyDictionary<string, int> lines,
        int[] lineStart,
        int[] lineCount,
        CompiledMeasure[] measures,
        int everyLineStart,
        int everyLineCount,
        RateComponent[] components,
        int[] seasons,
        MeasureText[] texts,
        IReadOnlyList<CodeCorrelation>? correlations = null,
        IReadOnlyList<ValueRelief>? reliefs = null,
        OtherTerritoryRule? otherTerritory = null)
    {
        NationalCurrency = nationalCurrency;
        TaxTypes = taxTypes;
        _lines = lines.ToFrozenDictionary(StringComparer.Ordinal);
        _lineLookup = _lines.GetAlternateLookup<ReadOnlySpan<char>>();
        _lineStart = lineStart;
        _lineCount = lineCount;
        _measures = measures;
        _everyLineStart = everyLineStart;
        _everyLineCount = everyLineCount;
        _components = components;
        _seasons = seasons;
        _texts = texts;
        var successors = new Dictionary<string, (int, CodeCorrelation)>(StringComparer.Ordinal);
        foreach (var correlation in correlations ?? [])
        {
            if (!lines.TryGetValue(correlation.Line, out var target))
            {
                throw new ArgumentException($"The correlation of {correlation.Code} names {correlation.Line}, not a line of the table.", nameof(correlations));
            }

            successors[correlation.Code] = (target, correlation);
        }

        _successors = successors.ToFrozenDictionary(StringComparer.Ordinal);
        _successorLookup = _successors.GetAlternateLookup<ReadOnlySpan<char>>();
        Reliefs = reliefs ?? [];
        OtherTerritory = otherTerritory ?? OtherTerritoryRule.None;
    }

    public static MeasureTable Empty { get; } = new("", [], new Dictionary<string, int>(), [], [], [], 0, 0, [], [], []);

    public string NationalCurrency { get; }

    public IReadOnlyList<TaxTypeInfo> TaxTypes { get; }

    public int LineCount => _lineStart.Length;

    /// <summary>Reliefs keyed to a declared additional procedure (DE 1/11) and a ceiling on the consignment's value.</summary>
    public IReadOnlyList<ValueRelief> Reliefs { get; }

    /// <summary>When goods bear another customs territory's duty instead of the national customs duty.</summary>
    public OtherTerritoryRule OtherTerritory { get; }

    /// <summary>Additional codes restricted to the goods the law lists (e.g. <c>VATR</c>), with those goods' code prefixes.</summary>
    public IReadOnlyList<AdditionalCodeScope> AdditionalCodeScopes { get; init; } = [];

    /// <summary>Tariff quotas: order numbers with their goods, origins, volume, period and in-quota rate.</summary>
    public IReadOnlyList<TariffQuotaTerms> Quotas { get; init; } = [];

    /// <summary>
    /// The customs value of a consignment below which it is flagged as a low-value consignment for reporting (de minimis
    /// reporting threshold, in the national currency), with the rule's source; none when the tariff sets none.
    /// </summary>
    public ReportingThreshold? ReportingThreshold { get; init; }

    /// <summary>Whether a declared additional code may be claimed for the goods on the date (see <see cref="AdditionalCodeScope"/>).</summary>
    public (ScopeVerdict Verdict, AdditionalCodeScope? Scope) ScopeOf(string additionalCode, string commodityCode, DateOnly date)
    {
        var restricted = false;
        foreach (var scope in AdditionalCodeScopes)
        {
            if (!string.Equals(scope.AdditionalCode, additionalCode, StringComparison.Ordinal))
            {
                continue;
            }

            restricted = true;
            if (scope.InForce(date) && commodityCode.StartsWith(scope.CodePrefix, StringComparison.Ordinal))
            {
                return (ScopeVerdict.Listed, scope);
            }
        }

        return (restricted ? ScopeVerdict.NotListed : ScopeVerdict.Unrestricted, null);
    }

    /// <summary>The quota an item's declared order number (DE 8/1) names, if the tariff holds its terms for the date.</summary>
    public TariffQuotaTerms? Quota(string orderNumber, DateOnly date) =>
        Quotas.FirstOrDefault(q => string.Equals(q.OrderNumber, orderNumber, StringComparison.Ordinal) && date >= q.PeriodStart && date <= q.PeriodEnd);

    public int MeasureCount => _measures.Length;

    /// <summary>
    /// The national line a declared commodity code designates: the code itself, or the longest of its 8-digit and
    /// 10-digit prefixes the tariff lists (a line the tariff does not split further).
    /// </summary>
    public bool TryFindLine(ReadOnlySpan<char> commodityCode, out int line)
    {
        if (_lineLookup.TryGetValue(commodityCode, out line))
        {
            return true;
        }

        if (commodityCode.Length > 10 && _lineLookup.TryGetValue(commodityCode[..10], out line))
        {
            return true;
        }

        if (commodityCode.Length > 8 && _lineLookup.TryGetValue(commodityCode[..8], out line))
        {
            return true;
        }

        return TryFindSuccessor(commodityCode, out line, out _);
    }

    /// <summary>
    /// The correlation through which a code of a later HS edition is served, when the table has no line of its own for
    /// it: the longest of its 10-, 8- and 6-digit prefixes that the correlations list.
    /// </summary>
    public CodeCorrelation? Correlation(ReadOnlySpan<char> commodityCode)
    {
        if (_lineLookup.ContainsKey(commodityCode)
            || (commodityCode.Length > 10 && _lineLookup.ContainsKey(commodityCode[..10]))
            || (commodityCode.Length > 8 && _lineLookup.ContainsKey(commodityCode[..8])))
        {
            return null;
        }

        return TryFindSuccessor(commodityCode, out _, out var correlation) ? correlation : null;
    }

    private bool TryFindSuccessor(ReadOnlySpan<char> commodityCode, out int line, out CodeCorrelation? correlation)
    {
        correlation = null;
        line = -1;
        if (_successors.Count == 0)
        {
            return false;
        }

        for (var length = Math.Min(10, commodityCode.Length); length >= 6; length -= 2)
        {
            if (_successorLookup.TryGetValue(commodityCode[..length], out var found))
            {
                (line, correlation) = found;
                return true;
            }
        }

        return false;
    }

    public ReadOnlySpan<CompiledMeasure> MeasuresOfLine(int line) => _measures.AsSpan(_lineStart[line], _lineCount[line]);

    public ReadOnlySpan<CompiledMeasure> MeasuresOnEveryLine => _measures.AsSpan(_everyLineStart, _everyLineCount);

    public ReadOnlySpan<RateComponent> Components(in CompiledMeasure measure) => _components.AsSpan(measure.ComponentStart, measure.ComponentCount);

    public MeasureText Text(in CompiledMeasure measure) => _texts[measure.Text];

    /// <summary>True when the measure is in force on the day (<see cref="DateOnly.DayNumber"/>) and date given, season included.</summary>
    public bool InForce(in CompiledMeasure measure, int dayNumber, int monthDay)
    {
        if (dayNumber < measure.ValidFromDay || dayNumber > measure.ValidToDay)
        {
            return false;
        }

        if (measure.SeasonCount == 0)
        {
            return true;
        }

        // 29 February counts as 28 February: seasons are written for any year.
        var day = monthDay == 229 ? 228 : monthDay;
        for (var i = measure.SeasonStart; i < measure.SeasonStart + (2 * measure.SeasonCount); i += 2)
        {
            var start = _seasons[i];
            var end = _seasons[i + 1];
            if (start <= end ? day >= start && day <= end : day >= start || day <= end)
            {
                return true;
            }
        }

        return false;
    }
}
