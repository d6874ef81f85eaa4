using System.Globalization;
using System.Text;
using Tamga.Kernel.Errors;

namespace Tamga.Tariff;

/// <summary>The rules for what the public tariff endpoints accept; each broken rule names its field.</summary>
internal static class TariffInput
{
    public const int MaxTextLength = 200;

    /// <summary>Punctuation a goods description may hold besides letters, digits and spaces.</summary>
    private const string AllowedPunctuation = ".,:'\"()/%&+-*#’";

    /// <summary>Checks free text (a query or a goods description): required, at most 200 characters, letters, digits, spaces and common punctuation only.</summary>
    public static string? Text(string field, string? value, List<RuleViolation> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, "REQUIRED", $"{field} is required."));
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            errors.Add(new(field, "TEXT-LENGTH", $"{field} has at most {MaxTextLength} characters (got {value.Length.ToString(CultureInfo.InvariantCulture)})."));
            return null;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == ' ' || (rune.IsBmp && AllowedPunctuation.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                continue;
            }

            var shown = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"U+{rune.Value:X4}" : rune.ToString();
            errors.Add(new(field, "TEXT-CHARACTERS", $"{field} may hold letters, digits, spaces and {AllowedPunctuation} only (found '{shown}')."));
            return null;
        }

        return value.Trim();
    }

    /// <summary>An ISO 8601 calendar date (<c>YYYY-MM-DD</c>) that exists; the default when absent.</summary>
    public static DateOnly? Date(string field, string? value, DateOnly defaultDate, List<RuleViolation> errors)
    {
        if (value is null)
        {
            return defaultDate;
        }

        if (value.Length != 10 || !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(field, "DATE", $"{field} is a calendar date that exists, written YYYY-MM-DD."));
            return null;
        }

        return date;
    }

    /// <summary>A commodity code: digits only, 2, 4, 6, 8 or 10 of them.</summary>
    public static string? Code(string field, string? value, List<RuleViolation> errors)
    {
        if (string.IsNullOrEmpty(value) || !value.All(char.IsAsciiDigit))
        {
            errors.Add(new(field, "CODE-DIGITS", $"{field} is digits only."));
            return null;
        }

        if (value.Length is not (2 or 4 or 6 or 8 or 10))
        {
            errors.Add(new(field, "CODE-LENGTH", $"{field} has 2, 4, 6, 8 or 10 digits (got {value.Length.ToString(CultureInfo.InvariantCulture)})."));
            return null;
        }

        return value;
    }

    public static int? Limit(string field, int? value, int defaultValue, int max, List<RuleViolation> errors)
    {
        var limit = value ?? defaultValue;
        if (limit < 1 || limit > max)
        {
            errors.Add(new(field, "LIMIT", $"{field} is between 1 and {max.ToString(CultureInfo.InvariantCulture)}."));
            return null;
        }

        return limit;
    }
}
