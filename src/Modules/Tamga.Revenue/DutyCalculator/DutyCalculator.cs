using System.Globalization;
using Tamga.Kernel.Errors;
using Tamga.ReferenceData.Contracts;
using Tamga.Revenue.Calculation;
using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.DutyCalculator;

/// <summary>What the public duty calculator is asked, as typed (strings from a query string or a form).</summary>
internal sealed record CalculatorQuery(
    string? Commodity,
    string? Origin,
    string? Value,
    string? Currency,
    string? NetMassKg,
    string? Units,
    string? Date,
    string? ExchangeRate,
    string? AdditionalCodes,
    string? Preference);

/// <summary>One tax of a calculation, with its base, rate, amount and why.</summary>
public sealed record CalculatedTax(string Type, string Name, string MeasureType, string RateKind, decimal? Rate, string? Unit, decimal Base, decimal Amount, string Currency, string Reason, string LegalBase);

/// <summary>The duties and taxes on goods of a commodity code and origin, valued as given, on a date.</summary>
public sealed record DutyCalculation(string Commodity, string Origin, DateOnly Date, decimal CustomsValue, string Currency, IReadOnlyList<CalculatedTax> Taxes, decimal Total);

/// <summary>A calculation, or what stops it: broken input rules (400), an unknown commodity (404), duties not computable (422).</summary>
internal sealed record CalculatorOutcome(DutyCalculation? Calculation, IReadOnlyList<RuleViolation> Errors, int Status);

/// <summary>
/// The public duty calculator: the same engine as declarations and <c>assess</c>, on one line of goods. Every input is
/// checked (field and rule named); nothing is stored.
/// </summary>
internal sealed class DutyCalculatorHandler(IMeasuresInForce measures, ICodeLists codeLists, TimeProvider clock)
{
    /// <summary>Largest value accepted (an absurd value is refused, not computed).</summary>
    public const decimal MaxValue = 1_000_000_000_000m;

    public const decimal MaxQuantity = 1_000_000_000m;

    public CalculatorOutcome Calculate(CalculatorQuery query)
    {
        var table = measures.Current;
        var errors = new List<RuleViolation>();
        var commodity = Commodity(query.Commodity, errors);
        var origin = query.Origin?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(origin))
        {
            errors.Add(new("origin", "REQUIRED", "origin is required (ISO 3166 two-letter country code)."));
        }
        else if (!codeLists.Contains(CodeListNames.Countries, origin))
        {
            errors.Add(new("origin", "COUNTRY", $"origin '{origin}' is not a country code (ISO 3166 alpha-2)."));
        }

        var value = Number("value", query.Value, required: true, MaxValue, errors);
        var currency = string.IsNullOrWhiteSpace(query.Currency) ? table.NationalCurrency : query.Currency.Trim().ToUpperInvariant();
        if (!codeLists.Contains(CodeListNames.Currencies, currency))
        {
            errors.Add(new("currency", "CURRENCY", $"currency '{currency}' is not an ISO 4217 currency code."));
        }

        var netMass = Number("netMassKg", query.NetMassKg, required: false, MaxQuantity, errors);
        var units = Number("units", query.Units, required: false, MaxQuantity, errors);
        var rate = Number("exchangeRate", query.ExchangeRate, required: false, 1_000_000m, errors);
        if (rate == 0m)
        {
            errors.Add(new("exchangeRate", "POSITIVE", "exchangeRate is more than 0."));
        }

        if (currency != table.NationalCurrency && rate is null && errors.All(e => e.Field != "currency"))
        {
            errors.Add(new("exchangeRate", "REQUIRED", $"exchangeRate is required for {currency}: the {table.NationalCurrency} value of one {currency} on the date of acceptance (DE 4/15)."));
        }

        DateOnly? date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (!string.IsNullOrEmpty(query.Date))
        {
            date = DateOnly.TryParseExact(query.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            if (date is null)
            {
                errors.Add(new("date", "DATE", "date is a calendar date that exists, written YYYY-MM-DD."));
            }
        }

        var codes = AdditionalCodes(query.AdditionalCodes, errors);
        var preference = query.Preference?.Trim();
        if (!string.IsNullOrEmpty(preference) && (preference.Length != 3 || !preference.All(char.IsAsciiDigit)))
        {
            errors.Add(new("preference", "PREFERENCE", "preference is a 3-digit DE 4/17 code, e.g. 100 (third-country duty) or 300 (trade agreement)."));
        }

        if (errors.Count == 0)
        {
            foreach (var code in codes)
            {
                if (table.ScopeOf(code, commodity!, date!.Value).Verdict == ScopeVerdict.NotListed)
                {
                    var law = table.AdditionalCodeScopes.First(s => s.AdditionalCode == code).LegalBase.Split(", Group", 2)[0];
                    errors.Add(new("additionalCodes", "ADDITIONAL-CODE-SCOPE", $"{code} may be claimed only for the goods the law lists for it ({law}); {commodity} is not among them."));
                }
            }
        }

        if (errors.Count > 0)
        {
            return new CalculatorOutcome(null, errors, 400);
        }

        var customsValue = Math.Round(value!.Value * (currency == table.NationalCurrency ? 1m : rate!.Value), 2, MidpointRounding.AwayFromZero);
        var rates = currency == table.NationalCurrency ? CurrencyRates.None : new CurrencyRates([currency], [rate!.Value]);
        var input = new ItemInput(commodity!, origin, customsValue, netMass, units, string.IsNullOrEmpty(preference) ? null : preference, codes);
        var results = new TaxResult[DutyEngine.MaxTaxTypes];
        var status = DutyEngine.Assess(table, input, date!.Value, rates, results, out var count);
        switch (status)
        {
            case AssessStatus.Assessed:
                break;
            case AssessStatus.CommodityNotInTariff:
                return new CalculatorOutcome(null, [new("commodity", "UNKNOWN", DeclarationAssessor.Explain(status, commodity!) + ".")], 404);
            case AssessStatus.MissingNetMass:
                return new CalculatorOutcome(null, [new("netMassKg", "REQUIRED", "netMassKg is required: the duty on this line is charged by weight.")], 400);
            case AssessStatus.MissingSupplementaryUnits:
                return new CalculatorOutcome(null, [new("units", "REQUIRED", "units is required: the duty on this line is charged per supplementary unit.")], 400);
            default:
                return new CalculatorOutcome(null, [new("commodity", "NOT-COMPUTABLE", DeclarationAssessor.Explain(status, commodity!) + ".")], 422);
        }

        var lines = DeclarationAssessor.Lines(table, 1, input, results.AsSpan(0, count));
        var taxes = lines.Select(l => new CalculatedTax(
            l.TaxType,
            table.TaxTypes.First(t => t.Code == l.TaxType).Name,
            l.MeasureType,
            l.Kind.ToString(),
            l.Kind == RateKind.Compound ? null : l.Rate,
            l.Unit,
            l.Base,
            l.Amount,
            l.Currency,
            l.Reason,
            l.LegalBase)).ToList();
        return new CalculatorOutcome(new DutyCalculation(commodity!, origin!, date.Value, customsValue, table.NationalCurrency, taxes, taxes.Sum(t => t.Amount)), [], 200);
    }

    private static string? Commodity(string? value, List<RuleViolation> errors)
    {
        var code = value?.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(new("commodity", "REQUIRED", "commodity is required (8 or 10 digits)."));
            return null;
        }

        if (!code.All(char.IsAsciiDigit) || code.Length is not (8 or 10))
        {
            errors.Add(new("commodity", "CODE", "commodity is a commodity code of 8 or 10 digits."));
            return null;
        }

        return code;
    }

    private static decimal? Number(string field, string? text, bool required, decimal max, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(new(field, "REQUIRED", $"{field} is required."));
            }

            return null;
        }

        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            errors.Add(new(field, "NUMBER", $"{field} is a number written with digits and a decimal point, not negative."));
            return null;
        }

        if (number > max)
        {
            errors.Add(new(field, "RANGE", string.Create(CultureInfo.InvariantCulture, $"{field} is at most {max:0}.")));
            return null;
        }

        return number;
    }

    private static string[] AdditionalCodes(string? text, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var codes = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToUpperInvariant()).ToArray();
        if (codes.Length > 10 || codes.Any(c => c.Length != 4 || !c.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(new("additionalCodes", "ADDITIONAL-CODE", "additionalCodes are up to 10 codes of 4 letters or digits (DE 6/16–6/17, e.g. VATZ), separated by commas."));
            return [];
        }

        return codes;
    }
}
