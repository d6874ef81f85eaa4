using System.Globalization;
using System.Text;

namespace Tamga.LoadTest;

/// <summary>Prints runs and the per-scenario medians, beside the /health baseline.</summary>
internal static class Report
{
    public static string Line(RunResult r) => string.Create(
        CultureInfo.InvariantCulture,
        $"  run {r.Run} {r.Scenario,-6} {r.Requests,8} req in {r.Elapsed.TotalSeconds,5:0.0} s = {r.Throughput,8:0} req/s  p50 {r.P50,7:0.00} ms  p90 {r.P90,7:0.00} ms  p99 {r.P99,7:0.00} ms  max {r.Max,8:0.0} ms  cpu host {(r.HostCpuPerRequest is { } h ? h.ToString("0", CultureInfo.InvariantCulture) : "?")} + load {r.ClientCpuPerRequest:0} us/req  errors {r.Errors}{(r.Unexpected > 0 ? $" (+{r.Unexpected} not 201)" : "")}");

    public static string Summary(IReadOnlyList<RunResult> results, int connections)
    {
        var text = new StringBuilder();
        var baseline = results.Where(r => r.Scenario == "health").Select(r => r.Throughput).ToList();
        var baselineMedian = baseline.Count > 0 ? Median(baseline) : (double?)null;
        text.AppendLine(CultureInfo.InvariantCulture, $"Medians over runs, {connections} connection(s):");
        text.AppendLine();
        text.AppendLine("| scenario | runs | requests (sum) | req/s (median) | req/s per run | p50 ms | p90 ms | p99 ms | host CPU µs/req | load CPU µs/req | errors | vs /health |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var group in results.GroupBy(r => r.Scenario))
        {
            var runs = group.ToList();
            var throughput = Median(runs.Select(r => r.Throughput).ToList());
            var ratio = baselineMedian is { } b && group.Key != "health" ? string.Create(CultureInfo.InvariantCulture, $"{throughput / b * 100:0.0} %") : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Key} | {runs.Count} | {runs.Sum(r => r.Requests)} | {throughput:0} | {string.Join(" / ", runs.Select(r => r.Throughput.ToString("0", CultureInfo.InvariantCulture)))} | {Median(runs.Select(r => r.P50).ToList()):0.00} | {Median(runs.Select(r => r.P90).ToList()):0.00} | {Median(runs.Select(r => r.P99).ToList()):0.00} | {(runs.All(r => r.HostCpuPerRequest is not null) ? Median(runs.Select(r => r.HostCpuPerRequest!.Value).ToList()).ToString("0", CultureInfo.InvariantCulture) : "")} | {Median(runs.Select(r => r.ClientCpuPerRequest).ToList()):0} | {runs.Sum(r => r.Errors + r.Unexpected)} | {ratio} |");
        }

        return text.ToString();
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
