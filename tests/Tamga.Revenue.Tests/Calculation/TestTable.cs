using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.Tests.Calculation;

/// <summary>Builds small measure tables by hand, in the shape the tariff compiles, for rules the UK data does not exercise.</summary>
internal sealed class TestTable
{
    private readonly List<(string Line, CompiledMeasure Measure)> _measures = [];
    private readonly List<RateComponent> _components = [];
    private readonly List<int> _seasons = [];
    private readonly List<MeasureText> _texts = [];

    public static readonly TaxTypeInfo Duty = new("A00", "Customs duty", TaxCategory.CustomsDuty, 2, RoundingRule.Down, "test");
    public static readonly TaxTypeInfo Vat = new("B00", "Import VAT", TaxCategory.Vat, 2, RoundingRule.Down, "test");
    public static readonly TaxTypeInfo AntiDumping = new("A30", "Anti-dumping duty", TaxCategory.AdditionalDuty, 2, RoundingRule.HalfUp, "test");

    public static readonly TaxTypeInfo Excise = new("633", "Tobacco products duty", TaxCategory.Excise, 2, RoundingRule.Down, "test");

    private static readonly TaxTypeInfo[] Types = [Duty, Vat, AntiDumping, Excise];

    /// <summary>Adds a measure on <paramref name="line"/> (empty: every line).</summary>
    public TestTable Add(string line, TaxTypeInfo type, string measureType, RateComponent[] components, string origin = CompiledMeasure.AnyOrigin, string? additionalCode = null, string? preference = null, DateOnly? from = null, DateOnly? to = null, (int Start, int End)[]? seasons = null, string? quotaOrder = null)
    {
        var seasonStart = _seasons.Count;
        foreach (var (start, end) in seasons ?? [])
        {
            _seasons.Add(start);
            _seasons.Add(end);
        }

        var componentStart = _components.Count;
        _components.AddRange(components);
        _texts.Add(new MeasureText(measureType, "test measure " + measureType, "", "test law"));
        _measures.Add((line, new CompiledMeasure(
            Array.IndexOf(Types, type), measureType, origin, (from ?? DateOnly.MinValue).DayNumber, (to ?? DateOnly.MaxValue).DayNumber,
            seasonStart, seasons?.Length ?? 0, componentStart, components.Length, additionalCode, preference, _texts.Count - 1, quotaOrder)));
        return this;
    }

    public MeasureTable Build(IReadOnlyList<CodeCorrelation>? correlations = null, IReadOnlyList<ValueRelief>? reliefs = null, OtherTerritoryRule? otherTerritory = null, IReadOnlyList<TariffQuotaTerms>? quotas = null, IReadOnlyList<AdditionalCodeScope>? scopes = null, ReportingThreshold? threshold = null)
    {
        var lines = _measures.Where(m => m.Line.Length > 0).Select(m => m.Line).Distinct().Order(StringComparer.Ordinal).ToList();
        var ordered = new List<CompiledMeasure>();
        var start = new int[lines.Count];
        var count = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            start[i] = ordered.Count;
            ordered.AddRange(_measures.Where(m => m.Line == lines[i]).Select(m => m.Measure));
            count[i] = ordered.Count - start[i];
        }

        var every = ordered.Count;
        ordered.AddRange(_measures.Where(m => m.Line.Length == 0).Select(m => m.Measure));
        return new MeasureTable("GBP", Types, lines.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i), start, count, [.. ordered], every, ordered.Count - every, [.. _components], [.. _seasons], [.. _texts], correlations, reliefs, otherTerritory)
        {
            Quotas = quotas ?? [],
            AdditionalCodeScopes = scopes ?? [],
            ReportingThreshold = threshold,
        };
    }

    public static RateComponent Percent(decimal rate, ComponentClause clause = ComponentClause.Duty) => new(clause, ComponentKind.AdValorem, rate, null, null, QuantityBasis.None, 0m);

    public static RateComponent PerHundredKg(decimal rate, string currency = "GBP", ComponentClause clause = ComponentClause.Duty) => new(clause, ComponentKind.Specific, rate, currency, "DTN", QuantityBasis.NetMass, 100m);

    public static RateComponent PerItem(decimal rate) => new(ComponentClause.Duty, ComponentKind.Specific, rate, "GBP", "NAR", QuantityBasis.SupplementaryUnits, 1m);
}
