using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.DutyExpressions;

/// <summary>
/// Parses the duty expressions of tariffs as published in text, e.g. <c>12.00% + 147.00 GBP/100kg</c>,
/// <c>4.50% MIN 0.30 EUR / item MAX 0.80 EUR / item</c>, <c>9.00% + EA MAX 18.70% + ADSZ</c>,
/// <c>1.40 GBP / % vol / hl</c> or seasonal <c>15.00% (01 JAN-14 FEB, 16 JUN-31 DEC), 0.00% (15 FEB-15 JUN)</c>.
/// </summary>
/// <remarks>
/// Grammar (after spaces, <c>€</c> and thousands separators are normalised):
/// <code>
/// expression  := alternative ("," alternative)*
/// alternative := duty ["(" season ("," season)* ")"]
/// duty        := clause (("MIN" | "MAX") clause)*
/// clause      := term ("+" term)*
/// term        := number "%" | number currency "/" unit | "EA" | "EAR" | "ADSZ" | "ADSZR" | "ADFM" | "ADFMR" | "Entry Price"
///              | number            (a percentage whose sign the source left out: parsed with a stated assumption)
/// season      := day [month] "-" day month
/// </code>
/// Anything else is reported as unparsed with the reason; nothing is dropped.
/// </remarks>
internal static partial class DutyExpressionParser
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    private static readonly int[] MonthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static ParsedDuty Parse(string? expression)
    {
        var original = expression ?? "";
        var text = Normalise(original);
        if (text.Length == 0)
        {
            return ParsedDuty.Failed(original, "The expression is empty.");
        }

        var notes = new List<string>();
        var assumed = false;
        var pieces = SplitTopLevel(text);
        if (pieces is null)
        {
            return ParsedDuty.Failed(original, "Unbalanced parentheses.");
        }

        var alternatives = new List<(List<SeasonWindow>? Seasons, List<DutyPart> Parts)>();
        foreach (var piece in pieces)
        {
            var duty = piece;
            List<SeasonWindow>? seasons = null;
            var season = SeasonSuffix().Match(piece);
            if (season.Success)
            {
                duty = piece[..season.Index].Trim();
                seasons = [];
                foreach (var window in season.Groups["seasons"].Value.Split(',', StringSplitOptions.TrimEntries))
                {
                    var parsedWindow = ParseWindow(window, notes, ref assumed);
                    if (parsedWindow is null)
                    {
                        return ParsedDuty.Failed(original, $"Season '{window}' is not 'day month-day month'.");
                    }

                    seasons.Add(parsedWindow.Value);
                }
            }

            var (parts, error) = ParseDuty(duty, notes, ref assumed);
            if (parts is null)
            {
                return ParsedDuty.Failed(original, error!);
            }

            alternatives.Add((seasons, parts));
        }

        var result = new List<DutyAlternative>();
        if (alternatives.Count == 1 && alternatives[0].Seasons is null)
        {
            result.Add(new DutyAlternative([], alternatives[0].Parts));
        }
        else
        {
            var unseasoned = alternatives.Count(a => a.Seasons is null);
            if (unseasoned > 1)
            {
                return ParsedDuty.Failed(original, "Several rates without a season: which applies when is not stated.");
            }

            var seasonal = alternatives.Where(a => a.Seasons is not null).SelectMany(a => a.Seasons!).ToList();
            var rest = SeasonWindow.Complement(seasonal);
            foreach (var (seasons, parts) in alternatives)
            {
                if (seasons is null)
                {
                    // The rate without a season applies on the days the other rates leave.
                    result.Add(new DutyAlternative(rest, parts));
                }
                else
                {
                    result.Add(new DutyAlternative(seasons, parts));
                }
            }

            if (unseasoned == 0 && rest.Count > 0)
            {
                notes.Add($"No rate on the days outside the listed seasons ({string.Join(", ", rest.Select(Describe))}).");
            }
        }

        return new ParsedDuty(original, assumed ? ParseStatus.ParsedWithAssumption : ParseStatus.Parsed, result, notes);
    }

    private static string Describe(SeasonWindow w) =>
        string.Create(CultureInfo.InvariantCulture, $"{w.StartDay:00} {Months[w.StartMonth - 1]}-{w.EndDay:00} {Months[w.EndMonth - 1]}");

    /// <summary>One space between words, <c>€</c> as EUR, no thousands separators, no non-breaking spaces.</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == '€')
            {
                builder.Append(" EUR ");
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        var result = Spaces().Replace(builder.ToString(), " ").Trim();
        return ThousandsSeparator().Replace(result, "");
    }

    /// <summary>Splits on the commas outside parentheses; null when the parentheses do not balance.</summary>
    private static List<string>? SplitTopLevel(string text)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth < 0)
                    {
                        return null;
                    }

                    break;
                case ',' when depth == 0:
                    pieces.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
                default:
                    break;
            }
        }

        if (depth != 0)
        {
            return null;
        }

        pieces.Add(text[start..].Trim());
        return pieces;
    }

    private static SeasonWindow? ParseWindow(string text, List<string> notes, ref bool assumed)
    {
        var match = Window().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var endMonth = Month(match.Groups["m2"].Value);
        var startMonth = match.Groups["m1"].Success ? Month(match.Groups["m1"].Value) : endMonth;
        if (startMonth == 0 || endMonth == 0)
        {
            return null;
        }

        var startDay = int.Parse(match.Groups["d1"].Value, CultureInfo.InvariantCulture);
        var endDay = int.Parse(match.Groups["d2"].Value, CultureInfo.InvariantCulture);
        if (startDay < 1 || endDay < 1)
        {
            return null;
        }

        if (startDay > MonthLengths[startMonth - 1] || endDay > MonthLengths[endMonth - 1])
        {
            // e.g. "31 APR": the last day of the month is meant.
            notes.Add($"'{text}' names a day the month does not have; read as the month's last day.");
            assumed = true;
            startDay = Math.Min(startDay, MonthLengths[startMonth - 1]);
            endDay = Math.Min(endDay, MonthLengths[endMonth - 1]);
        }

        return new SeasonWindow(startMonth, startDay, endMonth, endDay);
    }

    private static int Month(string name)
    {
        var upper = name.ToUpperInvariant();
        if (upper.Length < 3)
        {
            return 0;
        }

        var index = Array.IndexOf(Months, upper[..3]);
        // A full name ("JUNE") must be that month's name, not any word starting with its three letters.
        if (index < 0 || (upper.Length > 3 && !CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(index + 1).Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        return index + 1;
    }

    private static (List<DutyPart>? Parts, string? Error) ParseDuty(string text, List<string> notes, ref bool assumed)
    {
        var parts = new List<DutyPart>();
        var clause = DutyClause.Duty;
        var position = 0;
        var expectTerm = true;
        while (true)
        {
            position = SkipSpaces(text, position);
            if (position >= text.Length)
            {
                return expectTerm ? (null, parts.Count == 0 ? "No duty in the expression." : $"The expression ends after an operator: '{text}'.") : (parts, null);
            }

            if (!expectTerm)
            {
                var op = Operator().Match(text, position);
                if (!op.Success)
                {
                    return (null, $"Expected '+', 'MIN' or 'MAX' at '{text[position..]}'.");
                }

                var word = op.Value.Trim().ToUpperInvariant();
                clause = word switch
                {
                    "MIN" => DutyClause.Minimum,
                    "MAX" => DutyClause.Maximum,
                    _ => clause,
                };
                position += op.Length;
                expectTerm = true;
                continue;
            }

            var term = Term().Match(text, position);
            if (!term.Success)
            {
                return (null, $"Not a rate, amount per unit or duty component at '{text[position..]}'.");
            }

            if (term.Groups["adv"].Success)
            {
                parts.Add(new DutyPart(clause, DutyKind.AdValorem, Number(term.Groups["adv"].Value)));
            }
            else if (term.Groups["amount"].Success)
            {
                var unit = ParseUnit(term.Groups["unit"].Value);
                if (unit is null)
                {
                    return (null, $"Unknown unit '{term.Groups["unit"].Value.Trim()}'.");
                }

                parts.Add(new DutyPart(clause, DutyKind.Specific, Number(term.Groups["amount"].Value), term.Groups["currency"].Value.ToUpperInvariant(), unit.Value.Unit, unit.Value.Qualifier));
            }
            else if (term.Groups["component"].Success)
            {
                var kind = term.Groups["component"].Value.ToUpperInvariant() switch
                {
                    "EA" or "EAR" => DutyKind.AgriculturalComponent,
                    "ADSZ" or "ADSZR" => DutyKind.AdditionalDutyOnSugar,
                    _ => DutyKind.AdditionalDutyOnFlour,
                };
                if (term.Groups["component"].Value.EndsWith('R'))
                {
                    notes.Add($"{term.Groups["component"].Value} is the reduced component.");
                }

                parts.Add(new DutyPart(clause, kind));
            }
            else if (term.Groups["entry"].Success)
            {
                parts.Add(new DutyPart(clause, DutyKind.EntryPrice));
                notes.Add("The duty depends on the entry price of the goods (entry price system); it is not computable from the expression.");
            }
            else
            {
                var bare = term.Groups["bare"].Value;
                parts.Add(new DutyPart(clause, DutyKind.AdValorem, Number(bare)));
                notes.Add($"'{bare}' has no unit; read as a percentage, as in the other rates of the same form.");
                assumed = true;
            }

            position += term.Length;
            expectTerm = false;
        }
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>Reads a unit as written after the slash: <c>100 kg / net drained wt</c>, <c>100kg eda</c>, <c>% vol / hl</c>, <c>1000 items</c>…</summary>
    internal static (string Unit, string? Qualifier)? ParseUnit(string text)
    {
        var compact = string.Concat(text.Where(c => c != ' ')).ToLowerInvariant();
        if (compact is "%vol/hl" or "%vol")
        {
            return (MeasurementUnits.PercentVolume, compact == "%vol" ? null : "X");
        }

        var match = UnitPattern().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var quantity = match.Groups["quantity"].Value;
        var unit = (quantity, match.Groups["base"].Value) switch
        {
            ("", "kg") => MeasurementUnits.Kilogram,
            ("100", "kg") => MeasurementUnits.HundredKilograms,
            ("", "tonne") => MeasurementUnits.Tonne,
            ("1000", "kg") => MeasurementUnits.Tonne,
            ("", "hl") => MeasurementUnits.Hectolitre,
            ("", "l" or "litre") => MeasurementUnits.Litre,
            ("100", "l" or "litre") => MeasurementUnits.Hectolitre,
            ("", "item" or "items" or "p/st") => MeasurementUnits.Item,
            ("1000", "item" or "items" or "p/st") => MeasurementUnits.ThousandItems,
            ("", "m") => MeasurementUnits.Metre,
            ("100", "m") => MeasurementUnits.HundredMetres,
            ("", "m2") => MeasurementUnits.SquareMetre,
            ("", "m3") => MeasurementUnits.CubicMetre,
            _ => null,
        };
        if (unit is null)
        {
            return null;
        }

        string? qualifier = match.Groups["qualifier"].Value.Trim('/') switch
        {
            "" => null,
            "netdrainedwt" or "eda" or "net/eda" => "E",
            "gross" or "br" => "G",
            "netdry" or "mas" or "net/mas" => "M",
            "net" => "N",
            "lacticmatter" => "P",
            "stdqual" => "R",
            "drylacticmatter" => "T",
            "totalc" => "A",
            "net/%sacchar." or "net/%sacchar" => "Z",
            _ => "?",
        };
        return qualifier == "?" ? null : (unit, qualifier);
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    // 1,024.00 or 1,000 items: a comma between digits followed by exactly three digits.
    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"\((?<seasons>[^()]*)\)\s*$")]
    private static partial Regex SeasonSuffix();

    [GeneratedRegex(@"^(?<d1>\d{1,2})\s*(?<m1>[A-Za-z]+)?\s*-\s*(?<d2>\d{1,2})\s*(?<m2>[A-Za-z]+)$")]
    private static partial Regex Window();

    [GeneratedRegex(@"\G\s*(\+|(?i:MIN|MAX)(?![A-Za-z]))\s*")]
    private static partial Regex Operator();

    [GeneratedRegex(
        @"\G(?:(?<adv>\d+(?:\.\d+)?)\s*%" +
        @"|(?<amount>\d+(?:\.\d+)?)\s*(?<currency>[A-Z]{3})\s*/\s*(?<unit>.+?)(?=\s*(?:\+|(?<![A-Za-z])(?:MIN|MAX)(?![A-Za-z])|$))" +
        @"|(?<component>EAR|EA|ADSZR|ADSZ|ADFMR|ADFM)(?![A-Za-z])" +
        @"|(?<entry>(?i:entry\s+price))(?![A-Za-z])" +
        @"|(?<bare>\d+(?:\.\d+)?)(?=\s*(?:\+|(?:MIN|MAX)(?![A-Za-z]))))")]
    private static partial Regex Term();

    [GeneratedRegex(@"^(?<quantity>\d*)(?<base>kg|tonne|hl|litre|l|items|item|p/st|m2|m3|m)(?<qualifier>(?:/?(?:netdrainedwt|eda|gross|br|netdry|mas|stdqual|lacticmatter|drylacticmatter|totalc|net/%sacchar\.?|net/eda|net/mas|net))?)$")]
    private static partial Regex UnitPattern();
}
