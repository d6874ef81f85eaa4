using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.Calculation;

/// <summary>
/// One goods item as the engine sees it: the customs value already in the national currency, the quantities, and what
/// selects measures (origin, claimed preference, declared additional codes). A struct, so that assessing allocates nothing.
/// <see cref="QuotaOrder"/> is set only on the quota part of an item (the quantity allocated from that tariff quota): it
/// selects the quota's in-quota rate.
/// </summary>
internal readonly record struct ItemInput(
    string CommodityCode,
    string? Origin,
    decimal CustomsValue,
    decimal? NetMassKg,
    decimal? SupplementaryUnits,
    string? Preference,
    string[] AdditionalCodes,
    decimal VatBaseAdditions = 0m,
    ItemTreatment Treatment = ItemTreatment.None,
    decimal? DeclaredTaxQuantity = null,
    decimal? AlcoholStrength = null,
    string? QuotaOrder = null);

/// <summary>How a tax line's rate reads: a percentage of the value, an amount per unit, or a compound of parts.</summary>
internal enum RateKind : byte
{
    AdValorem,
    Specific,
    Compound,
}

/// <summary>One assessed duty or tax: the measure it comes from (index into the line's or the every-line measures), base, rate and amount.</summary>
internal struct TaxResult
{
    public int TaxType;
    public bool OnEveryLine;
    public int MeasureIndex;
    public RateKind Kind;

    /// <summary>The value (ad valorem, compound) or the quantity in <see cref="Unit"/>s (specific).</summary>
    public decimal Base;

    /// <summary>Percentage (ad valorem) or amount per unit (specific); 0 for compound.</summary>
    public decimal Rate;
    public string? Unit;
    public decimal Amount;

    /// <summary>Assessed, then relieved (<see cref="ItemTreatment.DutiesRelieved"/>, <see cref="ItemTreatment.VatRelieved"/>): <see cref="Amount"/> is 0 and <see cref="Relieved"/> what it would have been.</summary>
    public decimal Relieved;
}

internal enum AssessStatus : byte
{
    Assessed,
    CommodityNotInTariff,

    /// <summary>A measure's duty depends on what value and quantity do not give (agricultural component, entry price, alcohol strength…).</summary>
    NotComputable,
    MissingNetMass,
    MissingSupplementaryUnits,

    /// <summary>A specific rate is in a currency without an exchange rate.</summary>
    NoExchangeRate,
    TooManyLines,
}

/// <summary>Exchange rates in force for an assessment: units of the national currency per unit of each currency.</summary>
internal sealed class CurrencyRates(string[] currencies, decimal[] rates)
{
    public static CurrencyRates None { get; } = new([], []);

    public bool TryGet(string currency, out decimal rate)
    {
        for (var i = 0; i < currencies.Length; i++)
        {
            if (string.Equals(currencies[i], currency, StringComparison.Ordinal))
            {
                rate = rates[i];
                return true;
            }
        }

        rate = 0m;
        return false;
    }
}

/// <summary>
/// The calculation: a pure function of one goods item, the measures in force and the exchange rates. For each tax type,
/// the most specific measure in force applies (an additional code the goods declare, then a claimed preference, then
/// the origin, then any origin); between measures equally specific, the lowest duty. Duties come first; VAT is then
/// charged on the customs value plus every other duty and tax (and costs to destination not in the value). Amounts are
/// rounded per tax type. Allocates nothing: results go to the caller's span.
/// </summary>
internal static class DutyEngine
{
    /// <summary>Most tax types a table may have (the selection uses a stack buffer of this size).</summary>
    public const int MaxTaxTypes = 32;

    public static AssessStatus Assess(MeasureTable table, in ItemInput item, DateOnly date, CurrencyRates rates, Span<TaxResult> results, out int count)
    {
        count = 0;
        if (!table.TryFindLine(item.CommodityCode, out var line))
        {
            return AssessStatus.CommodityNotInTariff;
        }

        var taxTypes = table.TaxTypes;
        if (taxTypes.Count > MaxTaxTypes)
        {
            return AssessStatus.TooManyLines;
        }

        // Per tax type: the slot of its line in results (+1; 0 for none), the chosen measure's specificity, and for
        // VAT the chosen measure (source * 2^20 + index + 1), computed once the other duties are known.
        Span<int> slot = stackalloc int[MaxTaxTypes];
        Span<int> specificity = stackalloc int[MaxTaxTypes];
        Span<int> vatChoice = stackalloc int[MaxTaxTypes];
        slot.Clear();
        vatChoice.Clear();
        var day = date.DayNumber;
        var monthDay = (date.Month * 100) + date.Day;
        var own = table.MeasuresOfLine(line);
        var every = table.MeasuresOnEveryLine;
        var anyVat = false;
        var otherTerritory = (item.Treatment & ItemTreatment.OtherTerritoryDuty) != 0;
        for (var source = 0; source < 2; source++)
        {
            var measures = source == 0 ? own : every;
            for (var m = 0; m < measures.Length; m++)
            {
                ref readonly var measure = ref measures[m];
                if (!Applies(table, measure, item, day, monthDay))
                {
                    continue;
                }

                var type = measure.TaxType;
                var spec = measure.Specificity;
                var category = taxTypes[type].Category;
                if (otherTerritory && category is TaxCategory.CustomsDuty or TaxCategory.AdditionalDuty)
                {
                    continue;
                }

                if (category == TaxCategory.Vat)
                {
                    if (vatChoice[type] == 0 || spec > specificity[type])
                    {
                        vatChoice[type] = (source << 20) + m + 1;
                        specificity[type] = spec;
                        anyVat = true;
                    }

                    continue;
                }

                var status = Compute(table, measure, item, item.CustomsValue, rates, out var result);
                if (status != AssessStatus.Assessed)
                {
                    return status;
                }

                result.TaxType = type;
                result.OnEveryLine = source == 1;
                result.MeasureIndex = m;
                var existing = slot[type] - 1;
                if (existing < 0)
                {
                    if (count == results.Length)
                    {
                        return AssessStatus.TooManyLines;
                    }

                    slot[type] = count + 1;
                    specificity[type] = spec;
                    results[count++] = result;
                }
                else if (spec > specificity[type] || (spec == specificity[type] && result.Amount < results[existing].Amount))
                {
                    specificity[type] = spec;
                    results[existing] = result;
                }
            }
        }

        var vatBase = item.CustomsValue + item.VatBaseAdditions;
        for (var i = 0; i < count; i++)
        {
            results[i].Amount = Round(results[i].Amount, taxTypes[results[i].TaxType]);
            vatBase += results[i].Amount;
        }

        if ((item.Treatment & ItemTreatment.DutiesRelieved) != 0)
        {
            // The relief waives what is due; the VAT base still holds the duty the goods bear in law.
            for (var i = 0; i < count; i++)
            {
                if (taxTypes[results[i].TaxType].Category is TaxCategory.CustomsDuty or TaxCategory.AdditionalDuty)
                {
                    Relieve(ref results[i]);
                }
            }
        }

        if (!anyVat)
        {
            return AssessStatus.Assessed;
        }

        for (var type = 0; type < taxTypes.Count; type++)
        {
            if (vatChoice[type] == 0)
            {
                continue;
            }

            var source = vatChoice[type] >> 20;
            var m = (vatChoice[type] & 0xFFFFF) - 1;
            ref readonly var measure = ref (source == 0 ? own : every)[m];
            var status = Compute(table, measure, item, vatBase, rates, out var result);
            if (status != AssessStatus.Assessed)
            {
                return status;
            }

            if (count == results.Length)
            {
                return AssessStatus.TooManyLines;
            }

            result.TaxType = type;
            result.OnEveryLine = source == 1;
            result.MeasureIndex = m;
            result.Amount = Round(result.Amount, taxTypes[type]);
            if ((item.Treatment & ItemTreatment.VatRelieved) != 0)
            {
                Relieve(ref result);
            }

            results[count++] = result;
        }

        return AssessStatus.Assessed;
    }

    private static void Relieve(ref TaxResult result)
    {
        result.Relieved = result.Amount;
        result.Amount = 0m;
    }

    public static decimal Round(decimal amount, TaxTypeInfo type) =>
        Math.Round(amount, type.Decimals, type.Rounding == RoundingRule.Down ? MidpointRounding.ToZero : MidpointRounding.AwayFromZero);

    private static bool Applies(MeasureTable table, in CompiledMeasure measure, in ItemInput item, int day, int monthDay)
    {
        if (!table.InForce(measure, day, monthDay))
        {
            return false;
        }

        if (measure.Origin != CompiledMeasure.AnyOrigin && measure.Origin != item.Origin)
        {
            return false;
        }

        if (measure.PreferenceCode is { } preference && preference != item.Preference)
        {
            return false;
        }

        if (measure.QuotaOrder is { } order && !string.Equals(order, item.QuotaOrder, StringComparison.Ordinal))
        {
            return false;
        }

        if (measure.AdditionalCode is { } code)
        {
            var codes = item.AdditionalCodes;
            for (var i = 0; i < codes.Length; i++)
            {
                if (string.Equals(codes[i], code, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    private static AssessStatus Compute(MeasureTable table, in CompiledMeasure measure, in ItemInput item, decimal value, CurrencyRates rates, out TaxResult result)
    {
        result = default;
        var components = table.Components(measure);
        decimal duty = 0m;
        decimal? minimum = null;
        decimal? maximum = null;
        var parts = 0;
        for (var c = 0; c < components.Length; c++)
        {
            ref readonly var component = ref components[c];
            decimal amount;
            switch (component.Kind)
            {
                case ComponentKind.AdValorem:
                    amount = value * component.Factor;
                    if (component.Clause == ComponentClause.Duty)
                    {
                        result.Kind = RateKind.AdValorem;
                        result.Base = value;
                        result.Rate = component.Rate;
                    }

                    break;
                case ComponentKind.Specific:
                    decimal quantity;
                    if (component.Basis == QuantityBasis.PureAlcohol)
                    {
                        if (item.SupplementaryUnits is not { } litres)
                        {
                            return AssessStatus.MissingSupplementaryUnits;
                        }

                        if (item.AlcoholStrength is not { } strength)
                        {
                            return AssessStatus.NotComputable;
                        }

                        quantity = litres * strength / 100m;
                    }
                    else if (component.Basis == QuantityBasis.DeclaredTaxBase)
                    {
                        if ((item.DeclaredTaxQuantity ?? item.NetMassKg) is not { } declared)
                        {
                            return AssessStatus.MissingNetMass;
                        }

                        quantity = declared;
                    }
                    else if (component.Basis == QuantityBasis.NetMass)
                    {
                        if (item.NetMassKg is not { } mass)
                        {
                            return AssessStatus.MissingNetMass;
                        }

                        quantity = mass;
                    }
                    else
                    {
                        if (item.SupplementaryUnits is not { } units)
                        {
                            return AssessStatus.MissingSupplementaryUnits;
                        }

                        quantity = units;
                    }

                    amount = quantity * component.Factor;
                    var fx = 1m;
                    if (component.Currency is { } currency && !string.Equals(currency, table.NationalCurrency, StringComparison.Ordinal))
                    {
                        if (!rates.TryGet(currency, out fx))
                        {
                            return AssessStatus.NoExchangeRate;
                        }

                        amount *= fx;
                    }

                    if (component.Clause == ComponentClause.Duty)
                    {
                        result.Kind = RateKind.Specific;
                        result.Base = quantity / component.UnitSize;
                        result.Rate = component.Rate * fx;
                        result.Unit = component.Unit;
                    }

                    break;
                default:
                    return AssessStatus.NotComputable;
            }

            switch (component.Clause)
            {
                case ComponentClause.Minimum:
                    minimum = minimum is { } min ? Math.Max(min, amount) : amount;
                    break;
                case ComponentClause.Maximum:
                    maximum = maximum is { } max ? Math.Min(max, amount) : amount;
                    break;
                default:
                    duty += amount;
                    parts++;
                    break;
            }
        }

        if (minimum is { } floor && duty < floor)
        {
            duty = floor;
        }

        if (maximum is { } ceiling && duty > ceiling)
        {
            duty = ceiling;
        }

        if (parts > 1 || minimum is not null || maximum is not null)
        {
            result.Kind = RateKind.Compound;
            result.Base = value;
            result.Rate = 0m;
            result.Unit = null;
        }

        result.Amount = duty;
        return AssessStatus.Assessed;
    }
}
