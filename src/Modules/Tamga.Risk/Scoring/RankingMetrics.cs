namespace Tamga.Risk.Scoring;

/// <summary>
/// How well a score ranks declarations for inspection: precision and recall when inspecting the top n% by score,
/// and the area under the ROC curve.
/// </summary>
internal static class RankingMetrics
{
    /// <summary>Inspection shares reported by the benchmark, in percent.</summary>
    public static readonly IReadOnlyList<int> Percents = [1, 2, 5, 10];

    /// <summary>How many of <paramref name="total"/> declarations an inspection of the top n% covers (at least one).</summary>
    public static int Inspected(int total, double percent) => total == 0 ? 0 : Math.Max(1, (int)Math.Floor(total * percent / 100.0));

    /// <summary>
    /// Order of inspection: highest score first; ties broken by position in the input so that the result is
    /// reproducible.
    /// </summary>
    public static int[] Ranking(IReadOnlyList<double> scores) =>
        Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();

    /// <summary>Share of the inspected top n% that are positive.</summary>
    public static double PrecisionAt(IReadOnlyList<double> scores, IReadOnlyList<bool> positive, double percent)
    {
        Check(scores, positive);
        var n = Inspected(scores.Count, percent);
        if (n == 0)
        {
            return 0;
        }

        var ranking = Ranking(scores);
        return (double)ranking.Take(n).Count(i => positive[i]) / n;
    }

    /// <summary>Share of all positives found by inspecting the top n%.</summary>
    public static double RecallAt(IReadOnlyList<double> scores, IReadOnlyList<bool> positive, double percent)
    {
        Check(scores, positive);
        var all = positive.Count(p => p);
        if (all == 0)
        {
            return 0;
        }

        var ranking = Ranking(scores);
        return (double)ranking.Take(Inspected(scores.Count, percent)).Count(i => positive[i]) / all;
    }

    /// <summary>
    /// Area under the ROC curve: the probability that a random positive scores above a random negative, ties
    /// counting one half (Mann–Whitney with mid-ranks). NaN when either class is absent.
    /// </summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        Check(scores, positive);
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positives = positive.Count(p => p);
        double negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var rankSum = 0.0;
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end < order.Length && scores[order[end]].Equals(scores[order[start]]))
            {
                end++;
            }

            var midRank = (start + 1 + end) / 2.0; // ranks start..end-1 are 1-based start+1..end
            for (var j = start; j < end; j++)
            {
                if (positive[order[j]])
                {
                    rankSum += midRank;
                }
            }

            start = end;
        }

        return (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    private static void Check(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        if (scores.Count != positive.Count)
        {
            throw new ArgumentException("One label per score.", nameof(positive));
        }
    }
}