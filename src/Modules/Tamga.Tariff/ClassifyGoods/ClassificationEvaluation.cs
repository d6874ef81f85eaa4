using System.Text.Json;
using Tamga.Tariff.Search;

namespace Tamga.Tariff.ClassifyGoods;

/// <summary>One goods item of a sample declaration: the trader's description and the commodity code declared for it.</summary>
/// <remarks><see cref="Declaration"/> numbers the original declarations in the order of the samples' index (0, 1, 2…).</remarks>
internal sealed record LabelledDescription(string Source, string Description, string DeclaredCode, int Declaration = 0)
{
    /// <summary>The half of the samples the item falls in for two-fold cross-validation: its declaration's number, even or odd.</summary>
    public int Fold => Declaration % 2;

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
        var declarations = 0;
        foreach (var scenario in index.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            var name = scenario.GetProperty("scenario").GetString() ?? "";
            foreach (var declaration in scenario.GetProperty("declarations").EnumerateArray())
            {
                if (declaration.GetProperty("role").GetString() != "declaration" || !declaration.TryGetProperty("items", out var goods) || goods.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var number = declarations++;
                foreach (var item in goods.EnumerateArray())
                {
                    var description = item.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!.Trim() : "";
                    var code = item.TryGetProperty("classifications", out var c) && c.ValueKind == JsonValueKind.Array
                        ? c.EnumerateArray().Where(x => x.GetProperty("type").GetString() == "TSP").Select(x => x.GetProperty("id").GetString() ?? "").FirstOrDefault()
                        : null;
                    if (description.Length > 0 && code is { Length: >= 4 } && code.All(char.IsAsciiDigit))
                    {
                        items.Add(new LabelledDescription($"{name}/{item.GetProperty("seq").GetString()}", description, code, number));
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

    /// <summary>
    /// Two-fold cross-validation of the ranking parameters: the declarations are split by a fixed rule (even and odd
    /// number, <see cref="LabelledDescription.Fold"/>); on each half the parameters of <paramref name="grid"/> that find
    /// the most declared headings are chosen (ties: the first in grid order, a fixed order that does not favour the
    /// defaults), then measured on the other half, which played no part in choosing them. The defaults are measured
    /// on each half too, for comparison.
    /// </summary>
    public static CrossValidation CrossValidate(IReadOnlyList<LabelledDescription> items, IReadOnlyList<RankingParameters> grid,
        Func<string, RankingParameters, IReadOnlyList<string>> classify)
    {
        // hits[g][i]: is item i's declared heading among the candidates with grid entry g? Each distinct description is classified once per entry.
        grid = [.. grid, RankingParameters.Default];
        var defaults = grid.Count - 1;
        var hits = new bool[grid.Count][];
        for (var g = 0; g < grid.Count; g++)
        {
            var candidates = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            hits[g] = new bool[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                if (!candidates.TryGetValue(items[i].Description, out var headings))
                {
                    headings = classify(items[i].Description, grid[g]);
                    candidates[items[i].Description] = headings;
                }

                hits[g][i] = headings.Contains(items[i].Heading, StringComparer.Ordinal);
            }
        }

        int Count(int g, int fold) => Enumerable.Range(0, items.Count).Count(i => items[i].Fold == fold && hits[g][i]);
        var folds = new List<FoldResult>();
        for (var fold = 0; fold < 2; fold++)
        {
            var tuning = 1 - fold;
            var best = 0;
            for (var g = 1; g < defaults; g++)
            {
                if (Count(g, tuning) > Count(best, tuning))
                {
                    best = g;
                }
            }

            folds.Add(new FoldResult(fold, grid[best], items.Count(i => i.Fold == tuning), Count(best, tuning),
                items.Count(i => i.Fold == fold), Count(best, fold), Count(defaults, fold)));
        }

        var seen = items.Where(i => i.Fold == 0).Select(i => i.Description).ToHashSet(StringComparer.Ordinal);
        var shared = items.Where(i => i.Fold == 1).Select(i => i.Description).Distinct(StringComparer.Ordinal).Count(seen.Contains);
        return new CrossValidation(folds, defaults, shared);
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

/// <summary>One half measured with the parameters tuned on the other half (and, for comparison, with the defaults).</summary>
internal sealed record FoldResult(int Fold, RankingParameters Tuned, int TuningItems, int TuningHits, int TestItems, int TestHits, int TestHitsWithDefaults);

/// <summary>The two folds; <see cref="SharedDescriptions"/> counts descriptions that occur in both halves (repeated across declarations).</summary>
internal sealed record CrossValidation(IReadOnlyList<FoldResult> Folds, int GridSize, int SharedDescriptions)
{
    public int TestItems => Folds.Sum(f => f.TestItems);

    public int TestHits => Folds.Sum(f => f.TestHits);

    public double TestShare => TestItems == 0 ? 0 : (double)TestHits / TestItems;

    /// <summary>
    /// The grid the parameters are tuned over: every combination of a few values of each, in a fixed order. Kept
    /// small (432 combinations) so that a cross-validation runs in about a minute.
    /// </summary>
    public static IReadOnlyList<RankingParameters> Grid()
    {
        var grid = new List<RankingParameters>();
        foreach (var phrase in new[] { 0f, 0.5f, 1f })
        foreach (var synonym in new[] { 0.5f, 1f })
        foreach (var prefix in new[] { 0.25f, 0.5f })
        foreach (var exponent in new[] { 1f, 1.5f, 2f, 3f })
        foreach (var second in new[] { 0f, 0.25f, 0.5f })
        foreach (var third in new[] { 0f, 0.1f, 0.25f })
        {
            grid.Add(new RankingParameters(phrase, synonym, prefix, exponent, second, third));
        }

        return grid;
    }
}
