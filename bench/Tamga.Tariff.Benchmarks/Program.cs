using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Tamga.Tariff.Benchmarks;

// Tariff search, classification and commodity look-up, in process, over the full HS 2022 + UK tariff:
//   dotnet run -c Release --project bench/Tamga.Tariff.Benchmarks                 # per-call percentiles (stopwatch), LIKE baseline
//   dotnet run -c Release --project bench/Tamga.Tariff.Benchmarks -- --bdn        # BenchmarkDotNet (in-process toolchain)
//   options: --rounds N (passes over the query set, default 20), --database PATH (a loaded tamga.db; default: load one with the built host)
var rounds = 20;
string? database = null;
var bdn = args.Contains("--bdn");
var rest = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--rounds":
            rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--database":
            database = args[++i];
            break;
        case "--bdn":
            break;
        default:
            if (!bdn)
            {
                Console.Error.WriteLine($"Unknown option {args[i]}.");
                return 2;
            }

            rest.Add(args[i]); // BenchmarkDotNet's own options, e.g. --filter *Classify*
            break;
    }
}

if (bdn)
{
    TariffBenchmarks.DatabasePath = database;
    BenchmarkRunner.Run<TariffBenchmarks>(DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator), [.. rest]);
    return 0;
}

var data = await TariffData.LoadAsync(database);
var operations = new Operations(data);
Console.WriteLine($"Tariff: {data.Catalogue.Current.Hs.Count} HS 2022 entries, {data.Codes.Count} national lines, {data.Catalogue.Current.MeasureCount} measures; {data.Descriptions.Count} sample descriptions.");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {LoadAverage()}");
var matches = data.Descriptions.Select(d => operations.Matches(d)).Order().ToArray();
Console.WriteLine($"Entries matching a sample description: median {matches[matches.Length / 2]}, 95th percentile {matches[(int)(matches.Length * 0.95)]}, max {matches[^1]} (of {data.Catalogue.Current.Index.Entries.Count} indexed).");
Console.WriteLine();
Console.WriteLine("| operation | calls | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms |");
Console.WriteLine("|---|---|---|---|---|---|---|---|");

var results = new Dictionary<string, double[]>(StringComparer.Ordinal);
Measure("search, words (sample descriptions)", data.Descriptions.Count, i => operations.SearchWords(i));
Measure("search, code prefix (4 digits of every line)", data.Codes.Count, i => operations.SearchCode(i));
Measure("classify (sample descriptions)", data.Descriptions.Count, i => operations.Classify(i));
Measure("commodity look-up (every line, 2020-12-31 / 2021-01-01)", data.Codes.Count, i => operations.Commodity(i));
Measure("commodity look-up, HS heading with children", data.Codes.Count, i => operations.Heading(i));
using (var like = new LikeQuery(data.Database))
{
    Measure("plain SQL LIKE over the same tables (sample descriptions)", data.Descriptions.Count, i => like.Run(data.Descriptions[i % data.Descriptions.Count]), Math.Max(1, rounds / 10));
}

var likeMedian = Percentile(results["plain SQL LIKE over the same tables (sample descriptions)"], 0.5);
Console.WriteLine();
Console.WriteLine($"LIKE p50 / search p50 = {likeMedian / Percentile(results["search, words (sample descriptions)"], 0.5):F1}; LIKE p50 / classify p50 = {likeMedian / Percentile(results["classify (sample descriptions)"], 0.5):F1}");
return 0;

void Measure(string name, int size, Func<int, int> call, int passes = 0)
{
    passes = passes == 0 ? rounds : passes;
    for (var i = 0; i < Math.Min(size, 2000); i++)
    {
        call(i); // warm-up: JIT and caches
    }

    var timings = new double[size * passes];
    var cpu = new double[size * passes];
    var sink = 0;
    for (var n = 0; n < timings.Length; n++)
    {
        var cpuStart = ThreadClock.Milliseconds();
        var start = Stopwatch.GetTimestamp();
        sink += call(n % size);
        timings[n] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        cpu[n] = ThreadClock.Milliseconds() - cpuStart;
    }

    Array.Sort(timings);
    Array.Sort(cpu);
    results[name] = timings;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {timings.Length:N0} | {Percentile(timings, 0.5):F4} | {Percentile(timings, 0.95):F4} | {Percentile(timings, 0.99):F4} | {timings[^1]:F2} | {Percentile(cpu, 0.5):F4} | {Percentile(cpu, 0.95):F4} |"));
    GC.KeepAlive(sink);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

static string LoadAverage()
{
    try
    {
        return File.ReadAllText("/proc/loadavg").Split(' ')[0];
    }
    catch (IOException)
    {
        return "n/a";
    }
}
