using System.Text.Json;

namespace Tamga.Tariff.ClassifyGoods;

/// <summary>One goods item of a sample declaration: the trader's description and the commodity code declared for it.</summary>
internal sealed record LabelledDescription(string Source, string Description, string DeclaredCode)
{
    public string Heading => DeclaredCode[..4];
}

/// <summary>How often the declared heading is among the assistant's first candidates.</summary>
/// <remarks>
/// <c>Informative</c> counts only the descriptions with at least one word the nomenclature uses: some sample items
/// carry test labels instead of a description (e.g. <c>ttimportphysical</c>), which no assistant can classify.
/// </remarks>
internal sealed record EvaluationResult(int Items, int Hits, int InformativeItems, int InformativeHits, int DistinctItems, int DistinctHits,
    IReadOnlyList<(LabelledDescription Item, IReadOnlyList<string> Headings)> Misses)
{
    public double Share => Items == 0 ? 0 : (double)Hits / Items;

    public double InformativeShare => InformativeItems == 0 ? 0 : (double)InformativeHits / InformativeItems;

    public double DistinctShare => DistinctItems == 0 ? 0 : (double)DistinctHits / DistinctItems;
}

/// <summary>
/// Measures the classification assistant on the goods items of the WCO DEC-DMS samples (<c>index.json</c>): for each
/// item of an original declaration with a description and a declared commodity code (TSP, 8 digits), is the declared
/// heading (4 digits) among the headings of the first <c>top</c> candidates?
/// </summary>
internal static class ClassificationEvaluation
{
    public static IReadOnlyList<LabelledDescription> ReadSamples(string indexPath)
    {
        using var stream = File.OpenRead(indexPath);
        using var index = JsonDocument.Parse(stream);
        var items = new List<LabelledDescription>();
        foreach (var scenario in index.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            var name = scenario.GetProperty("scenario").GetString() ?? "";
            foreach (var declaration in scenario.GetProperty("declarations").EnumerateArray())
            {
                if (declaration.GetProperty("role").GetString() != "declaration" || !declaration.TryGetProperty("items", out var goods) || goods.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var item in goods.EnumerateArray())
                {
                    var description = item.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : "";
                    var code = item.TryGetProperty("classifications", out var c) && c.ValueKind == JsonValueKind.Array
                        ? c.EnumerateArray().Where(x => x.GetProperty("type").GetString() == "TSP").Select(x => x.GetProperty("id").GetString() ?? "").FirstOrDefault()
                        : null;
                    if (description.Length > 0 && code is { Length: >= 4 } && code.All(char.IsAsciiDigit))
                    {
                        items.Add(new LabelledDescription($"{name}/{item.GetProperty("seq").GetString()}", description, code));
                    }
                }
            }
        }

        return items;
    }

    public static EvaluationResult Evaluate(IReadOnlyList<LabelledDescription> items, Func<string, (IReadOnlyList<string> Headings, bool Informative)> classify)
    {
        var hits = 0;
        var informative = 0;
        var informativeHits = 0;
        var misses = new List<(LabelledDescription, IReadOnlyList<string>)>();
        var distinct = new Dictionary<(string, string), bool>();
        foreach (var item in items)
        {
            var (headings, isInformative) = classify(item.Description);
            var hit = headings.Contains(item.Heading, StringComparer.Ordinal);
            hits += hit ? 1 : 0;
            informative += isInformative ? 1 : 0;
            informativeHits += isInformative && hit ? 1 : 0;
            if (distinct.TryAdd((item.Description, item.Heading), hit) && !hit)
            {
                misses.Add((item, headings));
            }
        }

        return new EvaluationResult(items.Count, hits, informative, informativeHits, distinct.Count, distinct.Values.Count(h => h), misses);
    }

    /// <summary>The samples' index.json: the given path, or <c>tests/data/wco-dms/index.json</c> in the current folder or one above it.</summary>
    public static string? FindSamples(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : null;
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "data", "wco-dms", "index.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
