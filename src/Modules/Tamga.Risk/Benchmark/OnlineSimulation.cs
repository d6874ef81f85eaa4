using System.Globalization;

using Tamga.Risk.Scoring;

namespace Tamga.Risk.Benchmark;

/// <summary>How the exploration share of the inspection budget is spent.</summary>
internal enum ExplorationMode
{
    /// <summary>On declarations drawn at random (seeded).</summary>
    Random,

    /// <summary>
    /// On the declarations the model is least sure about and whose goods and origin are least known
    /// (<see cref="ExplorationPriority"/>), at most <see cref="OnlineSimulation.PerGroup"/> per HS 6 × origin.
    /// </summary>
    Uncertainty,
}

/// <summary>
/// Replays the declarations week by week as production would meet them (after Kim et al., "Take a Chance",
/// arXiv:2010.14282): each week the model trained on what is known so far picks the declarations to inspect
/// within the budget; only the inspected ones get their result, which joins the training history for the next
/// week's retraining. With exploration, a share of the budget goes to declarations picked at random (seeded), or
/// by the model's uncertainty and the novelty of their goods, instead of by score, so that the history does not
/// only ever confirm the model.
/// </summary>
internal static class OnlineSimulation
{
    /// <summary>Diversity: uncertainty exploration takes at most this many declarations of one HS 6 × origin a week.</summary>
    public const int PerGroup = 3;

    public sealed record Week(DateOnly Start, int Declarations, int Inspected, int Found, int Frauds, int Explored = 0, int FoundByExploration = 0);

    public sealed record Result(double ExplorationShare, IReadOnlyList<Week> Weeks, ExplorationMode Mode = ExplorationMode.Random)
    {
        /// <summary>Hits per inspection over all weeks.</summary>
        public double Precision => Weeks.Sum(w => w.Inspected) == 0 ? 0 : (double)Weeks.Sum(w => w.Found) / Weeks.Sum(w => w.Inspected);

        /// <summary>Share of all frauds of the period that inspections found.</summary>
        public double Recall => Weeks.Sum(w => w.Frauds) == 0 ? 0 : (double)Weeks.Sum(w => w.Found) / Weeks.Sum(w => w.Frauds);

        /// <summary>Hits per exploratory inspection.</summary>
        public double ExplorationPrecision => Weeks.Sum(w => w.Explored) == 0 ? 0 : (double)Weeks.Sum(w => w.FoundByExploration) / Weeks.Sum(w => w.Explored);

        public string Label => ExplorationShare == 0
            ? "off"
            : string.Create(CultureInfo.InvariantCulture, $"{ExplorationShare}% {Mode.ToString().ToLowerInvariant()}");
    }

    /// <param name="rows">All declarations with their results, in any order.</param>
    /// <param name="start">First simulated week: everything before it is the fully labelled starting history.</param>
    /// <param name="budgetPercent">Share of each week's declarations that can be inspected.</param>
    /// <param name="explorationPercent">Share of the budget spent on exploration.</param>
    /// <param name="mode">How the exploration share is spent.</param>
    /// <param name="historyFrom">
    /// When set, the starting history holds only the rows from this date (a short history: the simulated period then
    /// meets goods, routes and traders never controlled before, as after a change in trade).
    /// </param>
    public static Result Run(IReadOnlyList<RiskRecord> rows, DateOnly start, double budgetPercent, double explorationPercent, RiskTrainingOptions options, Action<string> progress, ExplorationMode mode = ExplorationMode.Random, DateOnly? historyFrom = null)
    {
        var history = rows.Where(r => r.Date < start && (historyFrom is null || r.Date >= historyFrom)).ToList();
        var weeks = rows.Where(r => r.Date >= start)
            .GroupBy(r => start.AddDays((r.Date.DayNumber - start.DayNumber) / 7 * 7))
            .OrderBy(g => g.Key)
            .ToList();
        var results = new List<Week>();
        foreach (var week in weeks)
        {
            var declarations = week.ToList();
            var model = RiskTrainer.Train(history, options, TimeProvider.System, _ => { });
            var scores = model.Score(declarations);
            var budget = RankingMetrics.Inspected(declarations.Count, budgetPercent);
            var explore = (int)Math.Round(budget * explorationPercent / 100.0);
            var byScore = RankingMetrics.Ranking(scores).Take(budget - explore).ToList();
            var chosen = byScore.ToHashSet();
            var seed = options.Seed + week.Key.DayNumber;
            var candidates = Enumerable.Range(0, declarations.Count).Where(i => !chosen.Contains(i));
            var explored = mode == ExplorationMode.Uncertainty
                ? Uncertain(declarations, scores, model.Encoder, candidates, explore, seed)
                : candidates.OrderBy(i => FeatureEncoder.FoldOf(declarations[i].Id, seed, int.MaxValue)).Take(explore).ToList();
            var inspected = byScore.Concat(explored).ToList();
            var found = inspected.Count(i => declarations[i].Fraud == true);
            var foundExploring = explored.Count(i => declarations[i].Fraud == true);
            results.Add(new Week(week.Key, declarations.Count, inspected.Count, found, declarations.Count(r => r.Fraud == true), explored.Count, foundExploring));
            progress(string.Create(CultureInfo.InvariantCulture, $"week of {week.Key:yyyy-MM-dd}: {declarations.Count} declarations, inspected {inspected.Count} ({explored.Count} exploring, {foundExploring} found by them), found {found} ({(double)found / Math.Max(1, inspected.Count):P1}), history {history.Count} rows"));

            // Only what was inspected becomes known.
            history.AddRange(inspected.Select(i => declarations[i]));
        }

        return new Result(explorationPercent, results, mode);
    }

    /// <summary>
    /// The <paramref name="count"/> candidates of highest exploration priority, at most <see cref="PerGroup"/> per
    /// HS 6 × origin; ties broken by a seeded hash of the identifier, so the choice is the same on every run.
    /// </summary>
    internal static List<int> Uncertain(IReadOnlyList<RiskRecord> declarations, IReadOnlyList<double> scores, FeatureEncoder encoder, IEnumerable<int> candidates, int count, int seed)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var explored = new List<int>(count);
        var ranked = candidates
            .Select(i => (Index: i, Priority: ExplorationPriority.Of(scores[i], ExplorationPriority.PastControls(encoder, declarations[i]))))
            .OrderByDescending(c => c.Priority)
            .ThenBy(c => FeatureEncoder.FoldOf(declarations[c.Index].Id, seed, int.MaxValue));
        foreach (var (index, _) in ranked)
        {
            if (explored.Count == count)
            {
                break;
            }

            var group = ExplorationPriority.Group(declarations[index]);
            ref var n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(taken, group, out _);
            if (n < PerGroup)
            {
                n++;
                explored.Add(index);
            }
        }

        return explored;
    }
}
