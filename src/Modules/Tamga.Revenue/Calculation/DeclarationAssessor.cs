using System.Globalization;
using Tamga.Declarations.Contracts;
using Tamga.Revenue.Valuation;
using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.Calculation;

/// <summary>One duty or tax line with its explanation: the measure and its legal base.</summary>
internal sealed record AssessedLine(int Item, string TaxType, RateKind Kind, decimal Rate, string? Unit, decimal Base, decimal Amount, string Currency, string MeasureType, string Reason, string LegalBase)
{
    /// <summary>The quota order number when the line is on the quota part of a split item (the quantity allocated from the quota).</summary>
    public string? Quota { get; init; }
}

/// <summary>
/// The quantity allocated to a goods item from a tariff quota (the result of the transactional allocation step, or of the
/// quota authority): <see cref="Allocated"/> of <see cref="Requested"/> in the quota's <see cref="Unit"/>.
/// </summary>
internal sealed record QuotaAllocation(string OrderNumber, decimal Requested, decimal Allocated, string Unit, string Source)
{
    /// <summary>The share of the item in quota, 0 to 1.</summary>
    public decimal Share => Requested <= 0m ? 0m : Math.Clamp(Allocated / Requested, 0m, 1m);
}

/// <summary>One goods item: its customs value and how it was found, its lines, and what stopped or qualified the assessment.</summary>
internal sealed record ItemAssessment(int Item, decimal? CustomsValue, string? ValuationMethod, string? ValuationBasis, IReadOnlyList<AssessedLine> Lines, string? Error, IReadOnlyList<string> Notes)
{
    /// <summary>The allocation that split the item into a quota part (lines marked with the order) and a remainder at the normal rate.</summary>
    public QuotaAllocation? QuotaSplit { get; init; }

    /// <summary>Under a special procedure that suspends duties (DE 1/10 51, 53, 71…): the lines are secured, not due.</summary>
    public bool Suspended { get; init; }
}

/// <summary>The assessment of a declaration: every item, with the total due; <see cref="Complete"/> when every item was assessed.</summary>
internal sealed record DeclarationAssessment(string Lrn, string Currency, DateOnly Date, IReadOnlyList<ItemAssessment> Items)
{
    /// <summary>What applies to the whole consignment (e.g. the de minimis reporting flag).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Below the de minimis reporting threshold: a low-value consignment for reporting.</summary>
    public bool LowValue { get; init; }

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

    /// <param name="declaration">The declaration's facts.</param>
    /// <param name="date">The date of acceptance: the measures in force on it apply.</param>
    /// <param name="allocations">
    /// Quota allocations by item sequence (from <see cref="Quotas.QuotaAllocator"/> or, for the samples, the quota
    /// authority's), or null to allocate against a fresh balance of each quota (the whole volume: the <c>assess</c> verb,
    /// which reserves nothing).
    /// </param>
    public DeclarationAssessment Assess(DeclarationFacts declaration, DateOnly date, IReadOnlyDictionary<int, QuotaAllocation>? allocations = null)
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
        allocations ??= FreshBalanceAllocations(table, declaration, date);
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
            var codes = ClaimableCodes(table, item, date, treatmentNotes);
            var input = new ItemInput(item.CommodityCode, item.PreferentialOrigin ?? item.OriginCountry, value.Value, item.NetMassKg, item.SupplementaryUnits, preference, codes, Treatment: treatment, DeclaredTaxQuantity: ExciseQuantity(item), AlcoholStrength: AlcoholStrength(item));
            var order = QuotaOrder(item);
            var allocation = order is not null && allocations.TryGetValue(item.Sequence, out var allocated) && allocated.OrderNumber == order ? allocated : null;
            List<AssessedLine> lines;
            string? partError = null;
            if (allocation is { Share: > 0m })
            {
                var split = Split(table, item, input, allocation, date, rates, results, treatmentNotes);
                if (split.Error is { } error && split.Lines.Count == 0)
                {
                    items.Add(new ItemAssessment(item.Sequence, value.Value, value.Method, value.Basis, [], error, treatmentNotes) { QuotaSplit = allocation });
                    continue;
                }

                lines = split.Lines;
                partError = split.Error;
            }
            else
            {
                if (order is not null)
                {
                    treatmentNotes.Add(allocation is null
                        ? $"quota order {order} declared: the tariff holds no terms of that quota for the goods, origin and date, so nothing was allocated; the normal rate applies"
                        : string.Create(CultureInfo.InvariantCulture, $"quota order {order}: nothing allocated ({allocation.Source}; balance exhausted): the normal rate applies"));
                }

                var status = DutyEngine.Assess(table, input, date, rates, results, out var count);
                if (status != AssessStatus.Assessed)
                {
                    items.Add(new ItemAssessment(item.Sequence, value.Value, value.Method, value.Basis, [], Explain(status, item.CommodityCode), treatmentNotes));
                    continue;
                }

                lines = Lines(table, item.Sequence, input, results.AsSpan(0, count));
            }

            var notes = Notes(item, preference, lines);
            notes.InsertRange(0, treatmentNotes);
            var procedure = item.ProcedureCode is { Length: >= 2 } p ? p[..2] : null;
            var suspended = procedure is not null && SuspensiveProcedures.Contains(procedure);
            if (suspended)
            {
                notes.Insert(0, $"procedure {procedure}: import duties and taxes suspended; the amounts are to be secured, not paid");
            }

            items.Add(new ItemAssessment(item.Sequence, value.Value, value.Method, value.Basis, lines, partError, notes) { Suspended = suspended, QuotaSplit = allocation is { Share: > 0m } ? allocation : null });
        }

        var result = new DeclarationAssessment(declaration.Lrn, currency, date, items);
        if (table.ReportingThreshold is { } threshold && consignmentValue < threshold.Value)
        {
            result = result with
            {
                LowValue = true,
                Notes = [string.Create(CultureInfo.InvariantCulture, $"low-value consignment: customs value {consignmentValue:0.00} {currency} is below the reporting threshold of {threshold.Value:0.00} {currency} ({threshold.Description}; {threshold.LegalBase})")],
            };
        }

        return result;
    }

    /// <summary>
    /// The additional codes the item may claim: a code the law restricts to listed goods (e.g. <c>VATR</c>, VAT Act 1994
    /// Sch. 7A) is dropped when the goods are not listed, so that the rate without it (the standard rate) applies.
    /// </summary>
    private static string[] ClaimableCodes(MeasureTable table, GoodsItemFacts item, DateOnly date, List<string> notes)
    {
        if (table.AdditionalCodeScopes.Count == 0 || item.AdditionalCodes.Count == 0)
        {
            return [.. item.AdditionalCodes];
        }

        var codes = new List<string>(item.AdditionalCodes.Count);
        foreach (var code in item.AdditionalCodes)
        {
            var (verdict, scope) = table.ScopeOf(code, item.CommodityCode, date);
            if (verdict == ScopeVerdict.NotListed)
            {
                var law = table.AdditionalCodeScopes.First(s => s.AdditionalCode == code).LegalBase;
                var act = law.Split(", Group", 2)[0];
                notes.Add($"additional code {code} claimed on {item.CommodityCode}, which is not among the goods the law lists for it ({act}): not applied, the rate without it applies");
                continue;
            }

            if (verdict == ScopeVerdict.Listed)
            {
                notes.Add($"additional code {code}: {scope!.Goods} ({scope.LegalBase})");
            }

            codes.Add(code);
        }

        return [.. codes];
    }

    /// <summary>DE 8/1 the quota order number the item declares on its tax lines.</summary>
    private static string? QuotaOrder(GoodsItemFacts item) =>
        item.DeclaredTaxes.Select(t => t.QuotaOrderNumber).FirstOrDefault(o => !string.IsNullOrEmpty(o));

    /// <summary>The item's quantity in a quota's unit: kilograms (or tonnes) of net mass, else supplementary units.</summary>
    public static decimal? QuotaQuantity(GoodsItemFacts item, string unit) => unit switch
    {
        "KGM" => item.NetMassKg,
        "TNE" => item.NetMassKg / 1000m,
        "DTN" => item.NetMassKg / 100m,
        _ => item.SupplementaryUnits,
    };

    /// <summary>
    /// Allocations against a fresh balance (the quota's whole volume), for assessments that reserve nothing: every item
    /// declaring an order number whose terms cover its goods and origin on the date gets what it asks, up to the volume.
    /// </summary>
    public static Dictionary<int, QuotaAllocation> FreshBalanceAllocations(MeasureTable table, DeclarationFacts declaration, DateOnly date)
    {
        var result = new Dictionary<int, QuotaAllocation>();
        if (table.Quotas.Count == 0)
        {
            return result;
        }

        var left = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var item in declaration.Items)
        {
            if (QuotaOrder(item) is not { } order || table.Quota(order, date) is not { } terms
                || !terms.Covers(item.CommodityCode, item.PreferentialOrigin ?? item.OriginCountry, date)
                || QuotaQuantity(item, terms.Unit) is not { } requested)
            {
                continue;
            }

            var balance = left.TryGetValue(order, out var b) ? b : terms.Volume;
            var take = Math.Min(balance, requested);
            left[order] = balance - take;
            result[item.Sequence] = new QuotaAllocation(order, requested, take, terms.Unit, "allocated against a fresh balance of the quota's volume");
        }

        return result;
    }

    /// <summary>
    /// Splits an item by its quota allocation: the quota part (value and quantities times the allocated share) at the
    /// in-quota rate, lines marked with the order number; the remainder at the normal rate, without the quota's preference.
    /// </summary>
    private static (List<AssessedLine> Lines, string? Error) Split(MeasureTable table, GoodsItemFacts item, in ItemInput input, QuotaAllocation allocation, DateOnly date, CurrencyRates rates, TaxResult[] results, List<string> notes)
    {
        var share = allocation.Share;
        var quotaValue = Math.Round(input.CustomsValue * share, 2, MidpointRounding.AwayFromZero);
        var quotaInput = input with
        {
            CustomsValue = quotaValue,
            NetMassKg = input.NetMassKg * share,
            SupplementaryUnits = input.SupplementaryUnits * share,
            DeclaredTaxQuantity = input.DeclaredTaxQuantity * share,
            QuotaOrder = allocation.OrderNumber,
        };
        var remainderInput = input with
        {
            CustomsValue = input.CustomsValue - quotaValue,
            NetMassKg = input.NetMassKg - quotaInput.NetMassKg,
            SupplementaryUnits = input.SupplementaryUnits - quotaInput.SupplementaryUnits,
            DeclaredTaxQuantity = input.DeclaredTaxQuantity - quotaInput.DeclaredTaxQuantity,
            Preference = null,
        };
        var lines = new List<AssessedLine>();
        string? error = null;
        var terms = table.Quota(allocation.OrderNumber, date);
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"tariff quota {allocation.OrderNumber}: {allocation.Allocated:0.###} of {allocation.Requested:0.###} {allocation.Unit} allocated ({allocation.Source}); the item is split into a quota part of customs value {quotaValue:0.00} and a remainder of {remainderInput.CustomsValue:0.00} at the normal rate"));
        if (terms is null)
        {
            error = $"the terms of tariff quota {allocation.OrderNumber} (in-quota rate) are not in the tariff: the quota part cannot be assessed";
        }
        else
        {
            var status = DutyEngine.Assess(table, quotaInput, date, rates, results, out var count);
            if (status != AssessStatus.Assessed)
            {
                return ([], Explain(status, item.CommodityCode));
            }

            lines.AddRange(Lines(table, item.Sequence, quotaInput, results.AsSpan(0, count)).Select(l => l with { Quota = allocation.OrderNumber }));
        }

        if (remainderInput.CustomsValue > 0m || share < 1m)
        {
            var status = DutyEngine.Assess(table, remainderInput, date, rates, results, out var count);
            if (status != AssessStatus.Assessed)
            {
                return ([], Explain(status, item.CommodityCode));
            }

            lines.AddRange(Lines(table, item.Sequence, remainderInput, results.AsSpan(0, count)));
        }

        return (lines, error);
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
        if (preference is not null && preference != "100" && !lines.Any(l => l.Quota is not null || l.Reason.Contains(" under preference ", StringComparison.Ordinal)))
        {
            notes.Add($"preference {preference} claimed: the tariff holds no preferential measure for it and origin {item.PreferentialOrigin ?? item.OriginCountry ?? "-"}; the third-country measure was applied");
        }

        foreach (var declared in item.DeclaredTaxes)
        {
            if (declared.TaxType is null || declared.Amount is not { } amount)
            {
                continue;
            }

            var assessed = lines.FirstOrDefault(l => l.TaxType == declared.TaxType && l.Quota is null) ?? lines.FirstOrDefault(l => l.TaxType == declared.TaxType);
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
