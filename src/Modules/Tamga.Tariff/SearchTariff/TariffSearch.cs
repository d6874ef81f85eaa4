using Tamga.Tariff.Catalogue;
using Tamga.Tariff.Domain;
using Tamga.Tariff.Search;

namespace Tamga.Tariff.SearchTariff;

/// <summary>Searches the nomenclatures in force on a date: by code prefix when the query is a code, by words otherwise.</summary>
internal sealed class TariffSearch(TariffCatalogue catalogue)
{
    public TariffSearchResult Find(string query, DateOnly date, int limit)
    {
        var snapshot = catalogue.Current;
        var compact = string.Concat(query.Where(c => c is not (' ' or '.')));
        if (compact.Length > 0 && compact.All(char.IsAsciiDigit))
        {
            var byCode = snapshot.Index.ByPrefix(compact)
                .Where(e => snapshot.InForce(e.NomenclatureId, date))
                .OrderBy(e => e.Code.Length)
                .ThenBy(e => e.Code, StringComparer.Ordinal)
                .ToList();
            return new TariffSearchResult(query, date, "code", byCode.Count, byCode.Take(limit).Select(e => Hit(snapshot, e, null, date)).ToList());
        }

        var analyzed = snapshot.Index.Analyze(query);
        var inForce = snapshot.InForceFilter(date);
        // Only the best `limit` are ranked: a bounded min-heap instead of sorting every match (thousands for long descriptions).
        var best = new PriorityQueue<IndexedEntry, (float Score, int Length, string Code)>(limit + 1, WorstFirst.Instance);
        var total = 0;
        var floor = float.MinValue;
        snapshot.Index.Score(analyzed, (entry, score, _) =>
        {
            if (!inForce(entry))
            {
                return;
            }

            total++;
            if (best.Count < limit)
            {
                best.Enqueue(entry, (score, entry.Code.Length, entry.Code));
                floor = best.Count == limit ? WorstScore(best) : float.MinValue;
            }
            else if (score >= floor)
            {
                // Most matches score below the worst kept result: they are dropped without touching the heap.
                best.EnqueueDequeue(entry, (score, entry.Code.Length, entry.Code));
                floor = WorstScore(best);
            }
        });
        var ranked = new List<TariffSearchHit>(best.Count);
        while (best.TryDequeue(out var entry, out var key))
        {
            ranked.Add(Hit(snapshot, entry, key.Score, date));
        }

        ranked.Reverse();
        return new TariffSearchResult(query, date, "words", total, ranked);
    }

    private static float WorstScore(PriorityQueue<IndexedEntry, (float Score, int Length, string Code)> heap) =>
        heap.TryPeek(out _, out var worst) ? worst.Score : float.MinValue;

    private static TariffSearchHit Hit(TariffSnapshot snapshot, IndexedEntry entry, float? score, DateOnly date)
    {
        string? duty = null;
        if (entry.Level >= 8 && snapshot.Lines.TryGetValue(entry.Code, out var line))
        {
            duty = string.Join("; ", snapshot.MeasuresOn(line, date)
                .Where(m => m.Measure.MeasureType == MeasureTypes.ThirdCountryDuty)
                .Select(m => m.Measure.Expression)
                .Distinct(StringComparer.Ordinal));
        }

        return new TariffSearchHit(entry.Code, entry.Description, KindOf(entry.Level), entry.NomenclatureId, entry.Hs2022Subheading,
            score is null ? null : Math.Round(score.Value, 3), string.IsNullOrEmpty(duty) ? null : duty);
    }

    /// <summary>Orders results worst first (lower score, then longer code, then later code), so the heap drops the worst.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Length, string Code)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Length, string Code) x, (float Score, int Length, string Code) y)
        {
            var order = x.Score.CompareTo(y.Score);
            if (order != 0)
            {
                return order;
            }

            order = y.Length.CompareTo(x.Length);
            return order != 0 ? order : string.CompareOrdinal(y.Code, x.Code);
        }
    }

    public static string KindOf(int level) => level switch
    {
        1 => "section",
        2 => "chapter",
        4 => "heading",
        6 => "subheading",
        _ => "tariff-line",
    };
}

/// <summary>Search results, best first; <c>mode</c> tells whether the query was read as a code prefix or as words.</summary>
public sealed record TariffSearchResult(string Query, DateOnly Date, string Mode, int Total, IReadOnlyList<TariffSearchHit> Results);

/// <summary>One result; <c>thirdCountryDuty</c> is the duty expression in force on the date, for national lines.</summary>
public sealed record TariffSearchHit(string Code, string Description, string Kind, string Nomenclature, string? Hs2022Subheading, double? Score, string? ThirdCountryDuty);
