using System.Globalization;

using Tamga.Risk.Scoring;

namespace Tamga.Risk.Benchmark;

/// <summary>
/// Replays the declarations week by week as production would meet them (after Kim et al., "Take a Chance",
/// arXiv:2010.14282): each week the model trained on what is known so far picks the declarations to inspect
/// within the budget; only the inspected ones get their result, which joins the training history for the next
/// week's retraining. With exploration, a share of the budget goes to declarations picked at random (seeded)
/// instead of by score, so that the history does not only ever confirm the model.
/// </summary>
internal static class OnlineSimulation
{
    public sealed record Week(DateOnly Start, int Declarations, int Inspected, int Found, int Frauds);

    public sealed record Result(double ExplorationShare, IReadOnlyList<Week> Weeks)
    {
        /// <summary>Hits per inspection over all weeks.</summary>
        public double Precision => Weeks.Sum(w => w.Inspected) == 0 ? 0 : (double)Weeks.Sum(w => w.Found) / Weeks.Sum(w => w.Inspected);

        /// <summary>Share of all frauds of the period that inspections found.</summary>
        public double Recall => Weeks.Sum(w => w.Frauds) == 0 ? 0 : (double)Weeks.Sum(w => w.Found) / Weeks.Sum(w => w.Frauds);
    }

    /// <param name="rows">All declarations with their results, in any order.</param>
    /// <param name="start">First simulated week: everything before it is the fully labelled starting history.</param>
    /// <param name="budgetPercent">Share of each week's declarations that can be inspected.</param>
    /// <param name="explorationPercent">Share of the budget spent on randomly chosen declarations.</param>
    public static Result Run(IReadOnlyList<RiskRecord> rows, DateOnly start, double budgetPercent, double explorationPercent, RiskTrainingOptions options, Action<string> progress)
    {
        var history = rows.Where(r => r.Date < start).ToList();
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
            var random = Enumerable.Range(0, declarations.Count)
                .Where(i => !chosen.Contains(i))
                .OrderBy(i => FeatureEncoder.FoldOf(declarations[i].Id, options.Seed + week.Key.DayNumber, int.MaxValue))
                .Take(explore);
            var inspected = byScore.Concat(random).ToList();
            var found = inspected.Count(i => declarations[i].Fraud == true);
            results.Add(new Week(week.Key, declarations.Count, inspected.Count, found, declarations.Count(r => r.Fraud == true)));
            progress(string.Create(CultureInfo.InvariantCulture, $"week of {week.Key:yyyy-MM-dd}: {declarations.Count} declarations, inspected {inspected.Count} ({explore} at random), found {found} ({(double)found / Math.Max(1, inspected.Count):P1}), history {history.Count} rows"));

            // Only what was inspected becomes known.
            history.AddRange(inspected.Select(i => declarations[i]));
        }

        return new Result(explorationPercent, results);
    }
}