using System.Globalization;
using Tamga.Kernel.Errors;
using Tamga.Platform.Text;

namespace Tamga.Risk.Profiles;

/// <summary>
/// A directive file from another agency, intelligence or a foreign customs alert: CSV with a header row, one profile
/// per row. Columns: <c>name, reason, channel, parties, commodityPrefixes, originCountries, dispatchCountries,
/// transportModes, declarationTypes, procedureCodes, minimumItemValue, maximumValuePerKg, targetRate, validFrom,
/// validTo</c>, and optionally <c>skills</c> (what a control of a selected declaration needs); lists are separated by spaces or semicolons; empty cells set nothing. A watch-list entry is a row
/// with only <c>parties</c> set. Every bad row is reported with its line; a file with any bad row is refused whole.
/// </summary>
internal static class DirectiveFile
{
    public const int MaxRows = 10_000;

    private static readonly string[] Known =
    [
        "name", "reason", "channel", "parties", "commodityPrefixes", "originCountries", "dispatchCountries", "transportModes",
        "declarationTypes", "procedureCodes", "minimumItemValue", "maximumValuePerKg", "targetRate", "validFrom", "validTo", "skills",
    ];

    public static (IReadOnlyList<ProfileDraft> Drafts, IReadOnlyList<RuleViolation> Errors) Read(TextReader reader)
    {
        var drafts = new List<ProfileDraft>();
        var errors = new List<RuleViolation>();
        foreach (var (line, row) in Csv.ReadWithHeader(reader))
        {
            if (drafts.Count == 0 && errors.Count == 0)
            {
                foreach (var unknown in row.Keys.Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase)))
                {
                    errors.Add(new RuleViolation("line 1", "RISK-DIRECTIVE-COLUMN", $"Unknown column '{unknown}'. Known: {string.Join(", ", Known)}."));
                }
            }

            if (drafts.Count >= MaxRows)
            {
                errors.Add(new RuleViolation($"line {line}", "RISK-DIRECTIVE-SIZE", $"A directive file holds at most {MaxRows} rows."));
                break;
            }

            var prefix = $"line {line}: ";
            var draft = new ProfileDraft(
                Cell(row, "name"),
                Cell(row, "reason"),
                Cell(row, "channel"),
                new ProfileCriteria
                {
                    Parties = List(row, "parties"),
                    CommodityPrefixes = List(row, "commodityPrefixes"),
                    OriginCountries = List(row, "originCountries"),
                    DispatchCountries = List(row, "dispatchCountries"),
                    TransportModes = List(row, "transportModes"),
                    DeclarationTypes = List(row, "declarationTypes"),
                    ProcedureCodes = List(row, "procedureCodes"),
                    MinimumItemValue = Number(row, "minimumItemValue", prefix, errors),
                    MaximumValuePerKg = Number(row, "maximumValuePerKg", prefix, errors),
                },
                Number(row, "targetRate", prefix, errors),
                Date(row, "validFrom", prefix, errors),
                Date(row, "validTo", prefix, errors),
                Skills: List(row, "skills"));
            errors.AddRange(ProfileWorkflow.Check(draft, prefix));
            drafts.Add(draft);
        }

        if (drafts.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RuleViolation("file", "RISK-DIRECTIVE-EMPTY", "The directive file has no rows under its header."));
        }

        return (drafts, errors);
    }

    private static string? Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    private static List<string> List(IReadOnlyDictionary<string, string> row, string column) =>
        Cell(row, column)?.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList() ?? [];

    private static decimal? Number(IReadOnlyDictionary<string, string> row, string column, string prefix, List<RuleViolation> errors)
    {
        if (Cell(row, column) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new RuleViolation(prefix + column, "RISK-DIRECTIVE-NUMBER", $"'{text}' is not a number (digits and a point, e.g. 12.5)."));
        return null;
    }

    private static DateOnly? Date(IReadOnlyDictionary<string, string> row, string column, string prefix, List<RuleViolation> errors)
    {
        if (Cell(row, column) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new RuleViolation(prefix + column, "RISK-DIRECTIVE-DATE", $"'{text}' is not a date (YYYY-MM-DD)."));
        return null;
    }
}
