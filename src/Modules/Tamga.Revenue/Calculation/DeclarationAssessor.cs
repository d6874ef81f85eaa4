using System.Globalization;
using Tamga.Declarations.Contracts;
using Tamga.Revenue.Valuation;
using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.Calculation;

/// <summary>One duty or tax line with its explanation: the measure and its legal base.</summary>
internal sealed record AssessedLine(int Item, string TaxType, RateKind Kind, decimal Rate, string? Unit, decimal Base, decimal Amount, string Currency, string MeasureType, string Reason, string LegalBase);

/// <summary>One goods item: its customs value and how it was found, its lines, and what stopped or qualified the assessment.</summary>
internal sealed record ItemAssessment(int Item, decimal? CustomsValue, string? ValuationMethod, string? ValuationBasis, IReadOnlyList<AssessedLine> Lines, string? Error, IReadOnlyList<string> Notes)
{
    /// <summary>Under a special procedure that suspends duties (DE 1/10 51, 53, 71…): the lines are secured, not due.</summary>
    public bool Suspended { get; init; }
}

/// <summary>The assessment of a declaration: every item, with the total due; <see cref="Complete"/> when every item was assessed.</summary>
internal sealed record DeclarationAssessment(string Lrn, string Currency, DateOnly Date, IReadOnlyList<ItemAssessment> Items)
{
    public decimal TotalDue => Items.Where(i => !i.Suspended).Sum(i => i.Lines.Sum(l => l.Amount));

    /// <summary>What the items under a suspensive procedure would bear: the amount to secure.</summary>
    public decimal TotalSuspended => Items.Where(i => i.Suspended).Sum(i => i.Lines.Sum(l => l.Amount));

    public bool Complete => Items.All(i => i.Error is null);
}

/// <summary>
/// Assesses a declaration: values each item (<see cref="CustomsValuation"/>), runs the <see cref="DutyEngine"/> on it
/// against the measures in force on the date, explains each line, and compares the declared tax lines (DE 4/3–4/6) with
/// what is assessed. Export declarations and items under a suspensive procedure bear no import duties.
/// </summary>
internal sealed class DeclarationAssessor(IMeasuresInForce measures)
{
    /// <summary>DE 1/10 requested procedures under which import duties are suspended (special procedures: inward processing, temporary admission, warehousing, transit).</summary>
    private static readonly string[] SuspensiveProcedures = ["51", "53", "54", "71", "78", "80", "95", "96"];

    public DeclarationAssessment Assess(DeclarationFacts declaration, DateOnly date)
    {
        var table = measures.Current;
        var currency = table.NationalCurrency;
        var items = new List<ItemAssessment>();
        if (declaration.TypeCode.StartsWith("EX", StringComparison.Ordinal))
        {
            items.AddRange(declaration.Items.Select(i => new ItemAssessment(i.Sequence, null, null, null, [], null, ["export: no import duties or taxes"])));
            return new DeclarationAssessment(declaration.Lrn, currency, date, items);
        }

        var valuation = CustomsValuation.Value(declaration, currency);
        var rates = Rates(declaration);
        var results = new TaxResult[DutyEngine.MaxTaxTypes];
        var consignmentValue = valuation.Items.Sum(v => v.Value);
        foreach (var item in declaration.Items)
        {
            var problem = valuation.Problems.FirstOrDefault(x => x.Item == item.Sequence || x.Item == 0);
            var value = valuation.Items.FirstOrDefault(v => v.Item == item.Sequence);
            if (problem is not null || value is null)
            {
                items.Add(new ItemAssessment(item.Sequence, null, item.ValuationMethod, null, [], problem is null ? "the item cannot be valued" : $"{problem.Field}: {problem.Message}", []));
                continue;
            }

            var preference = Preference(item);
            var (treatment, treatmentNotes) = Treatment(table, declaration, item, consignmentValue);
            var input = new ItemInput(item.CommodityCode, item.PreferentialOrigin ?? item.OriginCountry, value.Value, item.NetMassKg, item.SupplementaryUnits, preference, [.. item.AdditionalCodes], Treatment: treatment, DeclaredTaxQuantity: ExciseQuantity(item), AlcoholStrength: AlcoholStrength(item));
            var status = DutyEngine.Assess(table, input, date, rates, results, out var count);
            if (status != AssessStatus.Assessed)
            {
                items.Add(new ItemAssessment(item.Sequence, value.Value, value.Method, value.Basis, [], Explain(status, item.CommodityCode), treatmentNotes));
                continue;
            }

            var lines = Lines(table, item.Sequence, input, results.AsSpan(0, count));
            var notes = Notes(item, preference, lines);
            notes.InsertRange(0, treatmentNotes);
            var procedure = item.ProcedureCode is { Length: >= 2 } p ? p[..2] : null;
            var suspended = procedure is not null && SuspensiveProcedures.Contains(procedure);
            if (suspended)
            {
                notes.Insert(0, $"procedure {procedure}: import duties and taxes suspended; the amounts are to be secured, not paid");
            }

            items.Add(new ItemAssessment(item.Sequence, value.Value, value.Method, value.Basis, lines, null, notes) { Suspended = suspended });
        }

        return new DeclarationAssessment(declaration.Lrn, currency, date, items);
    }

    /// <summary>
    /// What the law does to the item beyond its line's measures, from the tariff's national rules: a relief its additional
    /// procedure (DE 1/11) claims within the value ceiling, another territory's duty (goods entering Northern Ireland at
    /// risk), and a code of a later HS edition served through a correlation. Each comes with its explanation.
    /// </summary>
    public static (ItemTreatment Treatment, List<string> Notes) Treatment(MeasureTable table, DeclarationFacts declaration, GoodsItemFacts item, decimal consignmentValue)
    {
        var treatment = ItemTreatment.None;
        var notes = new List<string>();
        if (table.Correlation(item.CommodityCode) is { } correlation)
        {
            notes.Add($"commodity code {item.CommodityCode} is not in the loaded tariff: assessed on line {correlation.Line} ({correlation.Explanation}; {correlation.Source})");
        }

        foreach (var relief in table.Reliefs)
        {
            if (!item.AdditionalProcedureCodes.Contains(relief.AdditionalProcedure, StringComparer.Ordinal))
            {
                continue;
            }

            if (relief.MaxConsignmentValue is not { } ceiling || consignmentValue <= ceiling)
            {
                treatment |= relief.Treatment;
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{relief.Description}: consignment value {consignmentValue:0.00} {table.NationalCurrency}, relieved ({relief.LegalBase})"));
            }
            else
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"additional procedure {relief.AdditionalProcedure} claimed but the consignment value {consignmentValue:0.00} {table.NationalCurrency} is over {relief.MaxConsignmentValue.Value:0.00}: no relief"));
            }
        }

        if (table.OtherTerritory.AtRisk(item.AdditionalInformationCodes, declaration.AuthorisationTypes))
        {
            treatment |= ItemTreatment.OtherTerritoryDuty;
            notes.Add($"{table.OtherTerritory.Description}; the EU duty is not in the loaded tariff and is not assessed ({table.OtherTerritory.LegalBase})");
        }

        return (treatment, notes);
    }

    /// <summary>Turns engine results into explained lines (used by the declaration assessment and the duty calculator).</summary>
    public static List<AssessedLine> Lines(MeasureTable table, int item, in ItemInput input, ReadOnlySpan<TaxResult> results)
    {
        var lines = new List<AssessedLine>(results.Length);
        foreach (var result in results)
        {
            var measure = result.OnEveryLine
                ? table.MeasuresOnEveryLine[result.MeasureIndex]
                : table.MeasuresOfLine(Line(table, input.CommodityCode))[result.MeasureIndex];
            var text = table.Text(measure);
            var type = table.TaxTypes[result.TaxType];
            var reason = $"{text.Description} ({text.MeasureType}) {text.Expression}".TrimEnd()
                + (measure.Origin == CompiledMeasure.AnyOrigin ? "" : " for origin " + measure.Origin)
                + (measure.AdditionalCode is null ? "" : " with additional code " + measure.AdditionalCode)
                + (measure.PreferenceCode is null ? "" : " under preference " + measure.PreferenceCode)
                + "; " + type.Name + " rounded " + (type.Rounding == RoundingRule.Down ? "down" : "to the nearest") + " to " + type.Decimals.ToString(CultureInfo.InvariantCulture) + " decimals"
                + (result.Relieved != 0m ? string.Create(CultureInfo.InvariantCulture, $"; relieved: {result.Relieved:0.00} not due") : "");
            lines.Add(new AssessedLine(item, type.Code, result.Kind, result.Rate, result.Unit, result.Base, result.Amount, table.NationalCurrency, measure.MeasureType, reason, text.LegalBase));
        }

        return lines;
    }

    public static string Explain(AssessStatus status, string commodityCode) => status switch
    {
        AssessStatus.CommodityNotInTariff => $"commodity code {commodityCode} is not a line of the national tariff in force",
        AssessStatus.NotComputable => $"a measure on {commodityCode} depends on more than value and quantity (agricultural component, entry price, alcohol strength or a special quantity)",
        AssessStatus.MissingNetMass => "a specific duty needs the net mass (DE 6/1)",
        AssessStatus.MissingSupplementaryUnits => "a specific duty needs the supplementary units (DE 6/2)",
        AssessStatus.NoExchangeRate => "a specific duty is in a currency without a declared exchange rate (DE 4/15)",
        AssessStatus.TooManyLines => "too many tax lines for one item",
        _ => status.ToString(),
    };

    /// <summary>DE 4/4 the tax base quantity declared on an excise line (a numeric national tax type, e.g. 633).</summary>
    private static decimal? ExciseQuantity(GoodsItemFacts item)
    {
        foreach (var tax in item.DeclaredTaxes)
        {
            if (tax.TaxType is { Length: 3 } type && type.All(char.IsAsciiDigit) && tax.Base is { } quantity && tax.BaseUnit is not ("ASV" or "EAS" or "LPA"))
            {
                return quantity;
            }
        }

        return null;
    }

    /// <summary>
    /// DE 4/4 the alcoholic strength declared for alcohol duty, in % vol: the strength the duty is charged at (<c>EAS</c>,
    /// e.g. 12.5% for wine of 11.5%–14.5% under the wine strength easement), else the actual strength (<c>ASV</c>).
    /// </summary>
    private static decimal? AlcoholStrength(GoodsItemFacts item) =>
        item.DeclaredTaxes.FirstOrDefault(t => t.BaseUnit == "EAS" && t.Base is not null)?.Base
        ?? item.DeclaredTaxes.FirstOrDefault(t => t.BaseUnit == "ASV" && t.Base is not null)?.Base;

    private static int Line(MeasureTable table, string code) => table.TryFindLine(code, out var line) ? line : -1;

    /// <summary>DE 4/17 preference claimed: the first declared on the item's tax lines.</summary>
    private static string? Preference(GoodsItemFacts item)
    {
        foreach (var tax in item.DeclaredTaxes)
        {
            if (!string.IsNullOrEmpty(tax.Preference))
            {
                return tax.Preference;
            }
        }

        return item.PreferenceCodes.Count > 0 ? item.PreferenceCodes[0] : null;
    }

    private static List<string> Notes(GoodsItemFacts item, string? preference, List<AssessedLine> lines)
    {
        var notes = new List<string>();
        if (preference is not null && preference != "100" && !lines.Any(l => l.Reason.Contains(" under preference ", StringComparison.Ordinal)))
        {
            notes.Add($"preference {preference} claimed: the tariff holds no preferential measure for it and origin {item.PreferentialOrigin ?? item.OriginCountry ?? "-"}; the third-country measure was applied");
        }

        if (item.DeclaredTaxes.Any(t => !string.IsNullOrEmpty(t.QuotaOrderNumber)))
        {
            notes.Add("quota order number declared: the tariff holds no quota balance for it; no quota rate was applied");
        }

        foreach (var declared in item.DeclaredTaxes)
        {
            if (declared.TaxType is null || declared.Amount is not { } amount)
            {
                continue;
            }

            var assessed = lines.FirstOrDefault(l => l.TaxType == declared.TaxType);
            if (assessed is null)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"declared {declared.TaxType} {amount:0.00}: not assessed"));
            }
            else if (assessed.Amount != amount)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"declared {declared.TaxType} {amount:0.00}, assessed {assessed.Amount:0.00} (difference {assessed.Amount - amount:+0.00;-0.00})"));
            }
        }

        return notes;
    }

    private static CurrencyRates Rates(DeclarationFacts declaration) => declaration.ExchangeRates.Count == 0
        ? CurrencyRates.None
        : new CurrencyRates([.. declaration.ExchangeRates.Select(r => r.Currency.ToUpperInvariant())], [.. declaration.ExchangeRates.Select(r => r.Rate)]);
}
