using Tamga.Kernel.Errors;
using Tamga.ReferenceData.Contracts;

namespace Tamga.Revenue.Accounts;

/// <summary>Checks of amounts and currencies in requests: positive, not absurd, whole cents, a known ISO 4217 code.</summary>
internal sealed class MoneyRules(ICodeLists codes)
{
    /// <summary>The largest amount a single request may carry (a trillion): anything above is a mistake.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;

    public void Amount(decimal? amount, string field, List<RuleViolation> errors)
    {
        if (amount is not { } value)
        {
            errors.Add(new(field, "REV-AMOUNT-REQUIRED", "The amount is required."));
        }
        else if (value <= 0m)
        {
            errors.Add(new(field, "REV-AMOUNT-POSITIVE", "The amount must be greater than zero."));
        }
        else if (value > MaxAmount)
        {
            errors.Add(new(field, "REV-AMOUNT-RANGE", $"The amount must not exceed {MaxAmount:0}."));
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add(new(field, "REV-AMOUNT-CENTS", "The amount has at most two decimal places."));
        }
    }

    public void Currency(string? currency, string field, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(currency))
        {
            errors.Add(new(field, "REV-CURRENCY-REQUIRED", "The currency (ISO 4217) is required."));
        }
        else if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper) || !codes.Contains(CodeListNames.Currencies, currency))
        {
            errors.Add(new(field, "REV-CURRENCY-UNKNOWN", $"'{(currency.Length > 10 ? currency[..10] : currency)}' is not a known ISO 4217 currency code."));
        }
    }

    public static void Text(string? text, string field, int max, List<RuleViolation> errors, string rule)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > max)
        {
            errors.Add(new(field, rule, $"Between 1 and {max} characters are required."));
        }
    }
}
