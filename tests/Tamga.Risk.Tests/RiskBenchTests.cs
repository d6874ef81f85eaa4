using System.Globalization;
using System.Text.Json;

using Tamga.Risk.Benchmark;
using Tamga.Risk.Scoring;

namespace Tamga.Risk.Tests;

public sealed class RiskBenchTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tamga-risk-bench-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Report_IsOneJsonObject_WithTheAgreedKeys()
    {
        var report = BenchReport.Evaluate([0.9, 0.8, 0.7, 0.6], [Row(true, 2), Row(false, 0), Row(true, 1), Row(false, 0)]);
        var json = report.ToJson();
        Assert.DoesNotContain('\n', json);
        Assert.Equal(
            """{"precision_at":{"1":1,"2":1,"5":1,"10":1},"recall_at":{"1":0.5,"2":0.5,"5":0.5,"10":0.5},"auc":0.75,"critical_precision_at":{"1":1,"2":1,"5":1,"10":1}}""",
            json);
    }

    [Fact]
    public void Bench_PrintsProgress_AndTheTestFiguresAsItsLastLine()
    {
        // A small cut of the 2020 declarations: train on the first 3,000, validate on the next 1,000, test on 1,000 more.
        var header = File.ReadLines(TestData.TrainFile).First();
        var lines = File.ReadLines(TestData.TrainFile).Skip(1).Take(5000).ToList();
        var train = Write("train.csv", header, lines.Take(3000));
        var valid = Write("valid.csv", header, lines.Skip(3000).Take(1000));
        var test = Write("test.csv", header, lines.Skip(4000));
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var progress = new StringWriter(CultureInfo.InvariantCulture);

        var exit = RiskBench.Run(new FileInfo(train), new FileInfo(valid), new FileInfo(test), new RiskTrainingOptions { Iterations = 20 }, TimeProvider.System, output, progress);

        Assert.Equal(0, exit);
        Assert.Contains("validation: training:", progress.ToString(), StringComparison.Ordinal);
        Assert.Contains("test: training:", progress.ToString(), StringComparison.Ordinal);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        using var json = JsonDocument.Parse(last);
        var root = json.RootElement;
        Assert.Equal(["precision_at", "recall_at", "auc", "critical_precision_at"], root.EnumerateObject().Select(p => p.Name).ToArray());
        foreach (var name in new[] { "precision_at", "recall_at", "critical_precision_at" })
        {
            Assert.Equal(["1", "2", "5", "10"], root.GetProperty(name).EnumerateObject().Select(p => p.Name).ToArray());
            Assert.All(root.GetProperty(name).EnumerateObject(), p => Assert.InRange(p.Value.GetDouble(), 0, 1));
        }

        Assert.InRange(root.GetProperty("auc").GetDouble(), 0, 1);
    }

    [Fact]
    public void Bench_RefusesATestFileWithoutLabels()
    {
        var header = File.ReadLines(TestData.TrainFile).First();
        var lines = File.ReadLines(TestData.TrainFile).Skip(1).Take(1200).ToList();
        var train = Write("train.csv", header, lines.Take(1000));
        var unlabelled = lines.Skip(1000).Select(l => string.Join(',', l.Split(',')[..^2]) + ",,");
        var test = Write("test.csv", header, unlabelled);
        var progress = new StringWriter(CultureInfo.InvariantCulture);
        var exit = RiskBench.Run(new FileInfo(train), new FileInfo(train), new FileInfo(test), new RiskTrainingOptions { Iterations = 5 }, TimeProvider.System, TextWriter.Null, progress);
        Assert.Equal(2, exit);
        Assert.Contains("needs its Fraud label", progress.ToString(), StringComparison.Ordinal);
    }

    private string Write(string name, string header, IEnumerable<string> lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines.Prepend(header));
        return path;
    }

    private static RiskRecord Row(bool fraud, int critical) => new() { Id = Guid.NewGuid().ToString(), Fraud = fraud, CriticalFraud = critical };
}