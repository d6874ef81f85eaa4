using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

using Tamga.Risk.Scoring;

namespace Tamga.Risk.Benchmark;

/// <summary>The figures of one evaluation: inspecting the top n% by score.</summary>
internal sealed record BenchReport(
    IReadOnlyDictionary<int, double> PrecisionAt,
    IReadOnlyDictionary<int, double> RecallAt,
    double Auc,
    IReadOnlyDictionary<int, double> CriticalPrecisionAt,
    int Rows,
    int Findings)
{
    public static BenchReport Evaluate(IReadOnlyList<double> scores, IReadOnlyList<RiskRecord> rows)
    {
        var fraud = rows.Select(r => r.Fraud == true).ToArray();
        var critical = rows.Select(r => r.CriticalFraud > 0).ToArray();
        return new BenchReport(
            RankingMetrics.Percents.ToDictionary(p => p, p => RankingMetrics.PrecisionAt(scores, fraud, p)),
            RankingMetrics.Percents.ToDictionary(p => p, p => RankingMetrics.RecallAt(scores, fraud, p)),
            RankingMetrics.Auc(scores, fraud),
            RankingMetrics.Percents.ToDictionary(p => p, p => RankingMetrics.PrecisionAt(scores, critical, p)),
            rows.Count,
            fraud.Count(f => f));
    }

    /// <summary>The benchmark's one-line JSON: <c>{"precision_at":{"1":…},"recall_at":{…},"auc":…,"critical_precision_at":{…}}</c>.</summary>
    public string ToJson()
    {
        var json = new JsonObject
        {
            ["precision_at"] = Figures(PrecisionAt),
            ["recall_at"] = Figures(RecallAt),
            ["auc"] = Round(Auc),
            ["critical_precision_at"] = Figures(CriticalPrecisionAt),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonObject Figures(IReadOnlyDictionary<int, double> figures)
    {
        var json = new JsonObject();
        foreach (var (percent, value) in figures.OrderBy(p => p.Key))
        {
            json[percent.ToString(CultureInfo.InvariantCulture)] = Round(value);
        }

        return json;
    }

    private static double Round(double value) => double.IsNaN(value) ? 0 : Math.Round(value, 4);
}

/// <summary>
/// <c>risk bench</c>: trains the scorer exactly as production does and measures it.
/// First a model is trained on the training file and measured on the validation file (development figures);
/// then, as in production, a model is trained on all labelled history (training + validation) and measured on
/// the test file, which it has never seen. The last line printed is the test figures as one JSON object.
/// </summary>
internal static class RiskBench
{
    public static int Run(FileInfo train, FileInfo valid, FileInfo test, RiskTrainingOptions options, TimeProvider clock, TextWriter output, TextWriter progress)
    {
        var watch = Stopwatch.StartNew();
        var trainRows = RiskRecordCsv.Read(train.FullName);
        var validRows = RiskRecordCsv.Read(valid.FullName);
        var testRows = RiskRecordCsv.Read(test.FullName);
        progress.WriteLine($"read {trainRows.Count} training, {validRows.Count} validation and {testRows.Count} test rows");
        if (testRows.Any(r => r.Fraud is null))
        {
            progress.WriteLine("error: every test row needs its Fraud label");
            return 2;
        }

        var overlap = trainRows.Concat(validRows).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var leaked = testRows.Count(r => overlap.Contains(r.Id));
        if (leaked > 0)
        {
            progress.WriteLine($"warning: {leaked} test declarations also appear in the training or validation file");
        }

        var validation = Measure("validation", trainRows, validRows, options, clock, progress);
        progress.WriteLine("validation: " + validation.ToJson());

        var history = trainRows.Concat(validRows).ToList();
        var final = Measure("test", history, testRows, options, clock, progress);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench: done in {watch.Elapsed.TotalSeconds:0.0} s"));
        output.WriteLine(final.ToJson());
        return 0;
    }

    private static BenchReport Measure(string name, IReadOnlyList<RiskRecord> history, IReadOnlyList<RiskRecord> evaluated, RiskTrainingOptions options, TimeProvider clock, TextWriter progress)
    {
        var watch = Stopwatch.StartNew();
        var model = RiskTrainer.Train(history, options, clock, line => progress.WriteLine($"{name}: {line}"));
        var trained = watch.Elapsed;
        var scores = model.Score(evaluated);
        var report = BenchReport.Evaluate(scores, evaluated);
        progress.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: trained in {trained.TotalSeconds:0.0} s on {history.Count} rows, scored {evaluated.Count} rows ({report.Findings} with findings) in {(watch.Elapsed - trained).TotalSeconds:0.0} s: P@5% {report.PrecisionAt[5]:0.000}, P@10% {report.PrecisionAt[10]:0.000}, AUC {report.Auc:0.000}"));
        return report;
    }
}