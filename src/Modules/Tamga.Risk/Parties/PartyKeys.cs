using System.Globalization;
using System.Text;

namespace Tamga.Risk.Parties;

/// <summary>
/// Normalisation of what identifies a trader, so that the same trader is recognised across spellings: identifiers
/// (EORI/TIN), names and addresses. Pure functions; the matching rules that use them are in <see cref="PartyRegistry"/>.
/// </summary>
internal static class PartyKeys
{
    /// <summary>Words that name a legal form, not the trader: dropped from names (after diacritics and punctuation).</summary>
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "LTD", "LIMITED", "PLC", "LLP", "LLC", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY",
        "GMBH", "AG", "KG", "OHG", "UG", "SARL", "SA", "SAS", "SASU", "EURL", "SNC", "SPA", "SRL", "BV", "NV", "OY", "AB", "AS", "APS",
        "OOO", "ZAO", "OAO", "PAO", "AO", "IP", "ООО", "ЗАО", "ОАО", "ПАО", "АО", "ИП", "SP", "ZOO", "SPZOO", "KFT", "DOO", "AD", "EOOD", "OU",
        "TOO", "AS", "LTDA", "SL", "SAU", "PTY", "PVT",
    };

    /// <summary>Common street words written in full or abbreviated, reduced to one spelling.</summary>
    private static readonly Dictionary<string, string> StreetWords = new(StringComparer.Ordinal)
    {
        ["STREET"] = "ST", ["STR"] = "ST", ["STRASSE"] = "ST", ["ROAD"] = "RD", ["AVENUE"] = "AVE", ["AV"] = "AVE",
        ["BOULEVARD"] = "BD", ["BLVD"] = "BD", ["LANE"] = "LN", ["DRIVE"] = "DR", ["PLACE"] = "PL", ["SQUARE"] = "SQ",
        ["RUE"] = "RUE", ["ULITSA"] = "UL", ["УЛИЦА"] = "УЛ", ["HOUSE"] = "HO", ["NUMBER"] = "NO",
    };

    /// <summary>
    /// An EORI or TIN in one spelling: upper case, without spaces or punctuation, with its country prefix. A bare
    /// number takes the country of the party's address (<c>553202734852</c> in GB is <c>GB553202734852</c>).
    /// Null when nothing is left.
    /// </summary>
    public static string? Identifier(string? raw, string? country)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var builder = new StringBuilder(raw.Length + 2);
        foreach (var c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        if (builder.Length == 0)
        {
            return null;
        }

        var startsWithCountry = builder.Length > 2 && char.IsAsciiLetter(builder[0]) && char.IsAsciiLetter(builder[1]);
        if (!startsWithCountry && Country(country) is { } prefix)
        {
            builder.Insert(0, prefix);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A name in one spelling: without diacritics, upper case, punctuation as spaces (dots dropped, so S.A.R.L. is
    /// SARL), legal form words dropped, one space between words. Null when nothing is left.
    /// </summary>
    public static string? Name(string? raw)
    {
        var words = Words(raw, keepDots: false);
        var kept = words.Where(w => !LegalForms.Contains(w)).ToList();
        if (kept.Count == 0)
        {
            kept = words;
        }

        return kept.Count == 0 ? null : string.Join(' ', kept);
    }

    /// <summary>A postcode in one spelling: upper case, letters and digits only. Null when nothing is left.</summary>
    public static string? Postcode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = new string(raw.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return code.Length == 0 ? null : code;
    }

    /// <summary>A street line in one spelling: as names, with common street words reduced (STREET → ST).</summary>
    public static string? Street(string? raw)
    {
        var words = Words(raw, keepDots: false).Select(w => StreetWords.GetValueOrDefault(w, w)).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>The address key: country, postcode and street, normalised; null without a postcode.</summary>
    public static string? Address(string? street, string? postcode, string? country)
    {
        var code = Postcode(postcode);
        return code is null ? null : $"{Country(country) ?? "--"} {code} {Street(street)}".TrimEnd();
    }

    private static string? Country(string? country) =>
        country is { Length: 2 } && char.IsAsciiLetter(country[0]) && char.IsAsciiLetter(country[1]) ? country.ToUpperInvariant() : null;

    private static List<string> Words(string? raw, bool keepDots)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return words;
        }

        var decomposed = raw.Normalize(NormalizationForm.FormD);
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToUpperInvariant(c));
            }
            else if ((c == '.' && !keepDots) || c == '\'' || c == '’')
            {
                // S.A.R.L. reads as SARL, O'Neill as ONEILL.
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
