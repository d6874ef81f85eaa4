using System.Globalization;
using System.Text.Json;
using Tamga.Declarations.Contracts;
using Tamga.Platform.Text;
using Tamga.Revenue.Calculation;
using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.AssessCommand;

/// <summary>One duty/tax line of a sample's latest DMSTAX, compared with the assessment.</summary>
internal sealed record CheckLine(string Scenario, int Item, string TaxType, string Category, string Expected, string Assessed, bool Matched, string Reason)
{
    /// <summary>Left out of the counts: there is nothing to assess (a scenario of notifications without a declaration).</summary>
    public bool Excluded { get; init; }
}

internal sealed record CheckReport(IReadOnlyList<CheckLine> Lines)
{
    /// <summary>The pointer amendments of each scenario: applied to the original before assessing, or left out, with why.</summary>
    public IReadOnlyList<(string Scenario, PointerAmendments.Change Change)> Amendments { get; init; } = [];

    public const string ThirdCountryDuty = "A00 third-country rate";
    public const string StandardVat = "B00 at 20%";
    public const string Other = "other";

    public static readonly string[] Categories = [ThirdCountryDuty, StandardVat, Other];

    public int Matched(string category) => Lines.Count(l => l.Category == category && l.Matched);

    /// <summary>Lines of the category that can be assessed (those excluded left out).</summary>
    public int Total(string category) => Lines.Count(l => l.Category == category && !l.Excluded);

    public int Excluded(string category) => Lines.Count(l => l.Category == category && l.Excluded);
}

/// <summary>
/// Checks the assessment against the WCO DEC-DMS samples (<c>tests/data/wco-dms</c>): for every scenario whose latest
/// DMSTAX carries duty/tax lines, assesses the declaration on the DMSTAX's date — with the scenario's pointer amendments
/// applied (<see cref="PointerAmendments"/>) and, when the DMSTAX splits an item by a tariff quota, the allocation that
/// split shows — and compares each line (rate, base and amount to the penny), giving the reason for each miss. Lines are grouped as the third-country customs duty
/// (A00 under preference 100 with an ad valorem rate), VAT at the standard 20%, and the others.
/// </summary>
internal sealed class AssessmentCheck(IDeclarationDocuments documents, DeclarationAssessor assessor, IMeasuresInForce measures)
{
    private const string NoDeclaration = "no declaration in the scenario (generic notifications only): excluded";

    public CheckReport Run(string folder, DateOnly? date)
    {
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "index.json")));
        var expected = ReadExpected(Path.Combine(folder, "expected-tax.csv"));
        var lines = new List<CheckLine>();
        var amendments = new List<(string, PointerAmendments.Change)>();
        foreach (var scenario in index.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            var name = scenario.GetProperty("scenario").GetString()!;
            if (!expected.TryGetValue(name, out var rows))
            {
                continue;
            }

            var (assessment, error, changes) = AssessScenario(folder, scenario, rows, date);
            amendments.AddRange(changes.Select(c => (name, c)));
            var amended = changes.Any(c => c.Applied);
            foreach (var row in rows)
            {
                var line = Compare(name, row, assessment, error, rows, amended);
                lines.Add(assessment is null && error == NoDeclaration ? line with { Excluded = true } : line);
            }
        }

        return new CheckReport(lines) { Amendments = amendments };
    }

    private (DeclarationAssessment? Assessment, string? Error, List<PointerAmendments.Change> Amendments) AssessScenario(string folder, JsonElement scenario, List<IReadOnlyDictionary<string, string>> rows, DateOnly? date)
    {
        var declaration = scenario.GetProperty("declarations").EnumerateArray().FirstOrDefault(d => d.GetProperty("role").GetString() == "declaration");
        if (declaration.ValueKind != JsonValueKind.Object)
        {
            return (null, NoDeclaration, []);
        }

        var file = Path.Combine(folder, "samples", declaration.GetProperty("file").GetString()!);
        var read = documents.ReadDecDms(File.ReadAllBytes(file));
        if (read.Facts is not { } facts)
        {
            return (null, "declaration not readable: " + read.Problems.FirstOrDefault(), []);
        }

        // The DMSTAX after an amendment assesses the declaration as amended: apply the scenario's pointer amendments in order.
        var changes = new List<PointerAmendments.Change>();
        foreach (var amendment in scenario.GetProperty("declarations").EnumerateArray().Where(d => d.GetProperty("role").GetString() == "amendment"))
        {
            var name = amendment.GetProperty("file").GetString()!;
            (facts, var applied) = PointerAmendments.Apply(facts, File.ReadAllBytes(Path.Combine(folder, "samples", name)), Path.GetFileName(name));
            changes.AddRange(applied);
        }

        var on = date ?? TaxNotificationDate(scenario) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return (assessor.Assess(facts, on, AllocationsShown(facts, rows, on)), null, changes);
    }

    /// <summary>
    /// The quota allocations the DMSTAX shows: an item claiming a quota order whose DMSTAX lines are split into a quota part
    /// (the item) and a remainder (an extra item without a commodity code) was allocated the quota part's share of its
    /// quantity by the quota authority on that day (the balance then left). The share is the part's value, read as its VAT
    /// base less its duties, over the two parts' values. Without such a split the check allocates against a fresh balance
    /// (the quota's whole volume), as the verb does. Null when no item is split.
    /// </summary>
    private Dictionary<int, QuotaAllocation>? AllocationsShown(DeclarationFacts facts, List<IReadOnlyDictionary<string, string>> rows, DateOnly date)
    {
        var extra = rows.Where(r => r["commodityCode"].Length == 0 && int.Parse(r["item"], CultureInfo.InvariantCulture) > facts.Items.Count).ToList();
        if (extra.Count == 0)
        {
            return null;
        }

        static decimal? Value(IEnumerable<IReadOnlyDictionary<string, string>> part)
        {
            var list = part.ToList();
            var vat = list.FirstOrDefault(r => r["typeCode"] == "B00" && r["base"].Length > 0);
            return vat is null ? null : Number(vat["base"])!.Value - list.Where(r => r["typeCode"] is not ("B00" or "B05")).Sum(r => Number(r["assessed"]) ?? 0m);
        }

        var result = new Dictionary<int, QuotaAllocation>();
        var table = measures.Current;
        foreach (var item in facts.Items)
        {
            var order = item.DeclaredTaxes.Select(t => t.QuotaOrderNumber).FirstOrDefault(o => !string.IsNullOrEmpty(o));
            if (order is null || Value(rows.Where(r => r["item"] == item.Sequence.ToString(CultureInfo.InvariantCulture))) is not { } quotaValue || Value(extra) is not { } restValue || quotaValue + restValue <= 0m)
            {
                continue;
            }

            var unit = table.Quota(order, date)?.Unit ?? "KGM";
            if (DeclarationAssessor.QuotaQuantity(item, unit) is not { } requested)
            {
                continue;
            }

            var share = quotaValue / (quotaValue + restValue);
            result[item.Sequence] = new QuotaAllocation(order, requested, Math.Round(requested * share, 3), unit,
                string.Create(CultureInfo.InvariantCulture, $"the quota authority's allocation of that day, read from the DMSTAX split: quota part of value {quotaValue:0.00}, remainder {restValue:0.00}"));
        }

        return result.Count == 0 ? null : result;
    }

    /// <summary>The date of the latest DMSTAX (its IssueDateTime, <c>yyyyMMddHHmmssZ</c>): the date the duties were assessed.</summary>
    private static DateOnly? TaxNotificationDate(JsonElement scenario)
    {
        foreach (var notification in scenario.GetProperty("notifications").EnumerateArray())
        {
            if (notification.TryGetProperty("is_latest_dmstax", out var latest) && latest.ValueKind == JsonValueKind.True
                && notification.TryGetProperty("issue_datetime", out var issued) && issued.GetString() is { Length: >= 8 } text
                && DateOnly.TryParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }
        }

        return null;
    }

    private static CheckLine Compare(string scenario, IReadOnlyDictionary<string, string> row, DeclarationAssessment? assessment, string? error, List<IReadOnlyDictionary<string, string>> rows, bool amended)
    {
        var item = int.Parse(row["item"], CultureInfo.InvariantCulture);
        var type = row["typeCode"];
        var rate = Number(row["rate"]);
        var @base = Number(row["base"]);
        var amount = Number(row["assessed"]);
        var category = type == "A00" && row["dutyRegimeCode"] == "100" && rate is not null ? CheckReport.ThirdCountryDuty
            : type == "B00" && rate == 20m ? CheckReport.StandardVat
            : CheckReport.Other;
        var expected = string.Create(CultureInfo.InvariantCulture, $"rate {row["rate"]} base {row["base"]} amount {row["assessed"]}");
        CheckLine Miss(string reason, string assessed = "") => new(scenario, item, type, category, expected, assessed, false, reason);

        if (assessment is null)
        {
            return Miss(error ?? "not assessed");
        }

        var assessedItem = assessment.Items.FirstOrDefault(i => i.Item == item);
        var remainder = false;
        if (assessedItem is null && string.IsNullOrEmpty(row["commodityCode"]) && assessment.Items.FirstOrDefault(i => i.QuotaSplit is not null) is { } split)
        {
            // The DMSTAX numbers the remainder of a quota split as an item after the declared ones.
            assessedItem = split;
            remainder = true;
        }

        if (assessedItem is null)
        {
            return Miss(string.IsNullOrEmpty(row["commodityCode"])
                ? "no such item in the declaration (the DMSTAX split it, e.g. a partial quota allocation)"
                : "no such item in the assessment");
        }

        if (assessedItem.Error is not null && !remainder)
        {
            return Miss("item not assessed: " + assessedItem.Error + (assessedItem.QuotaSplit is { } q ? $" ({q.Source})" : ""));
        }

        var candidates = assessedItem.QuotaSplit is null ? assessedItem.Lines
            : assessedItem.Lines.Where(l => remainder ? l.Quota is null : l.Quota is not null).ToList();
        var line = candidates.FirstOrDefault(l => l.TaxType == type);
        if (line is null)
        {
            var atRisk = assessedItem.Notes.FirstOrDefault(n => n.Contains("Northern Ireland", StringComparison.Ordinal));
            var known = type == "A00" && atRisk is not null ? "no UK customs duty: " + atRisk
                : assessedItem.Lines.Count == 0 && assessedItem.Notes.Count > 0 ? assessedItem.Notes[0]
                : Unmodelled(type);
            return Miss(known);
        }

        var assessedText = string.Create(CultureInfo.InvariantCulture, $"rate {(line.Kind == RateKind.AdValorem ? line.Rate.ToString("0.00", CultureInfo.InvariantCulture) : "-")} base {line.Base:0.00} amount {line.Amount:0.00}");
        if (rate is { } r && (line.Kind != RateKind.AdValorem || line.Rate != r))
        {
            return Miss(Hint(row, "rate differs") + " (assessed: " + line.Reason + ")", assessedText);
        }

        var amendment = amended ? " (assessed as amended by the scenario's pointer amendments)" : "";
        if (@base is { } b && line.Base != b)
        {
            return Miss(Hint(row, "base differs") + (type == "B00" ? VatBaseHint(row, rows, assessedItem) : "") + amendment, assessedText);
        }

        if (amount is { } a && line.Amount != a)
        {
            return Miss(Hint(row, "amount differs") + (row["deduct"] is { Length: > 0 } d && Number(d) is > 0m ? " (the DMSTAX deducts " + d + ")" : "") + amendment, assessedText);
        }

        var how = amended ? "matched (as amended)"
            : assessedItem.QuotaSplit is { } allocation ? $"matched ({(remainder ? "remainder" : "quota part")} of the split by quota {allocation.OrderNumber}: {allocation.Source})"
            : "matched";
        return new CheckLine(scenario, item, type, category, expected, assessedText, true, how);
    }

    private static string Hint(IReadOnlyDictionary<string, string> row, string what) => row["dutyRegimeCode"] switch
    {
        "" or "100" => what,
        "115" or "119" or "140" => $"{what}: preference {row["dutyRegimeCode"]} claimed (end-use relief: its rates are not in the loaded tariff)",
        "120" or "123" or "320" or "323" or "420" or "423" => $"{what}: preference {row["dutyRegimeCode"]} claimed (tariff quota: quota rates and balances are not in the loaded tariff, and a partial allocation splits the item)",
        var regime => $"{what}: preference {regime} claimed (the preferential rates of the trade agreements, by origin, are not in the loaded tariff, which holds the third-country rates of the UK Global Tariff)",
    };

    /// <summary>Why a VAT base differs: the other lines of the item in the DMSTAX that the assessment does not hold (excise, preferential or quota duty, EU duty).</summary>
    private static string VatBaseHint(IReadOnlyDictionary<string, string> row, List<IReadOnlyDictionary<string, string>> rows, ItemAssessment item)
    {
        var missing = rows
            .Where(r => r["item"] == row["item"] && r["typeCode"] is not ("B00" or "B05") && !item.Lines.Any(l => l.TaxType == r["typeCode"] && l.Amount.ToString("0.00", CultureInfo.InvariantCulture) == r["assessed"]))
            .Select(r => r["typeCode"] + " " + r["assessed"] + (r["typeCode"].All(char.IsAsciiDigit) ? " (excise)" : ""))
            .ToList();
        return missing.Count == 0
            ? " (the VAT base holds duties or costs not modelled)"
            : " (the VAT base holds " + string.Join(", ", missing) + " as the DMSTAX assessed them)";
    }

    private static string Unmodelled(string type) => type switch
    {
        "A50" or "A70" or "A80" or "A90" or "B05" => $"{type} is an EU duty/tax for Northern Ireland goods at risk: EU TARIC rates are not loaded",
        "A20" or "A30" or "A35" or "A40" or "A45" => $"{type} is an additional or trade-remedy duty: no such measure is loaded for the goods",
        "IPR" or "T24" or "STA" => $"{type} is a security or statistical line, not a duty assessed on the goods",
        "MOD" => "MOD is a manual override after an amendment",
        _ when type.Length == 3 && type.All(char.IsAsciiDigit) => $"{type} is an excise duty: UK excise rates (alcohol duty by strength, tobacco and vaping products duty) are not loaded, and the declaration gives no alcohol strength or litres of pure alcohol",
        _ => $"no {type} measure in the tariff for the goods",
    };

    private static decimal? Number(string text) =>
        text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static Dictionary<string, List<IReadOnlyDictionary<string, string>>> ReadExpected(string path)
    {
        var result = new Dictionary<string, List<IReadOnlyDictionary<string, string>>>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        foreach (var (_, row) in Csv.ReadWithHeader(reader))
        {
            if (row["isLatestDmstax"] != "true")
            {
                continue;
            }

            if (!result.TryGetValue(row["scenario"], out var rows))
            {
                result[row["scenario"]] = rows = [];
            }

            rows.Add(row);
        }

        return result;
    }
}
