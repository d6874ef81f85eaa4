using System.Diagnostics;
using System.Globalization;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using Tamga.Declarations.Contracts;
using Tamga.Platform;
using Tamga.Risk;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;
using Tamga.Risk.Scoring;
using Tamga.Risk.Selectivity;

// Scoring latency of the Risk module, in process: rules + model + explanation for one declaration, measured one
// call at a time with a stopwatch (percentiles), then batch re-scoring throughput.
// Usage: dotnet run -c Release --project bench/Tamga.Risk.Benchmarks -- [train.csv] [score.csv] [calls]
// Re-scoring after a profile change: dotnet run -c Release --project bench/Tamga.Risk.Benchmarks -- rescore [declarations] [runs]
if (args is ["rescore", ..])
{
    RescoreBenchmark.Run(FindRoot(), args[1..]);
    return;
}

var root = FindRoot();
var data = Path.Combine(root, "tests", "data", "customs-fraud", "kcs-synthetic-import-declarations");
var trainFile = args.Length > 0 ? args[0] : Path.Combine(data, "df_syn_train_eng.csv");
var scoreFile = args.Length > 1 ? args[1] : Path.Combine(data, "df_syn_valid_eng.csv");
var calls = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20_000;

var train = RiskRecordCsv.Read(trainFile);
var score = RiskRecordCsv.Read(scoreFile);
var model = RiskTrainer.Train(train, new RiskTrainingOptions(), TimeProvider.System, line => Console.Error.WriteLine(line));
var folder = Directory.CreateTempSubdirectory("tamga-risk-bench-").FullName;
try
{
    model.Save(folder);
    // Exploration on, so that its draw (uncertainty, novelty look-up, hash) is in the timed path.
    var options = Options.Create(new RiskOptions { ModelDirectory = folder, ExplorationPercent = 2m });
    var store = new RiskModelStore(options, Options.Create(new TamgaOptions()), NullLogger<RiskModelStore>.Instance);
    var rules = new ExplicitRules(
    [
        new RiskRule { Name = "Arms and ammunition", Channel = Channel.Red, CommodityPrefixes = ["93"], Reason = "HS chapter 93" },
        new RiskRule { Name = "Explosives", Channel = Channel.Red, CommodityPrefixes = ["36"], Reason = "HS chapter 36" },
        new RiskRule { Name = "High-value goods item", Channel = Channel.Yellow, MinimumItemValue = 1_000_000m, Reason = "high value" },
    ]);
    var profiles = new ActiveProfiles(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
    var partyStore = new PartyStore(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<PartyStore>.Instance);
    var partyRegistry = new PartyRegistry(partyStore, TimeProvider.System);
    var assessment = new RiskAssessment(rules, profiles, new ValuationHistory(options.Value.ValuationMinimumHistory, options.Value.ValuationFlagBelowDeviations, TimeProvider.System), store, partyRegistry, partyStore, options, TimeProvider.System);
    var declarations = score.Select(ToFacts).ToList();

    // Warm-up: load the model, JIT, prediction engines.
    for (var i = 0; i < 2000; i++)
    {
        assessment.Assess(declarations[i % declarations.Count]);
    }

    var timings = new double[calls];
    var cpu = new double[calls];
    var watch = new Stopwatch();
    var red = 0;
    var explored = 0;
    for (var i = 0; i < calls; i++)
    {
        var cpuStart = NativeMethods.ThreadCpuMilliseconds();
        watch.Restart();
        var decision = assessment.Assess(declarations[i % declarations.Count]);
        watch.Stop();
        cpu[i] = NativeMethods.ThreadCpuMilliseconds() - cpuStart;
        timings[i] = watch.Elapsed.TotalMilliseconds;
        red += decision.Channel == Channel.Red ? 1 : 0;
        explored += decision.Reasons.Any(r => r.StartsWith("exploration: ", StringComparison.Ordinal)) ? 1 : 0;
    }

    Report("elapsed", timings);
    Report("thread CPU", cpu);
    Console.WriteLine($"red from the score: {red} of {calls}; explored (2 % setting): {explored}; load average when done: {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

    void Report(string what, double[] values)
    {
        Array.Sort(values);
        double Percentile(double p) => values[Math.Min(values.Length - 1, (int)Math.Ceiling(p / 100 * values.Length) - 1)];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"assess one declaration (rules + model + explanation), {calls} calls, {what}: p50 {Percentile(50):0.000} ms, p90 {Percentile(90):0.000} ms, p99 {Percentile(99):0.000} ms, p99.9 {Percentile(99.9):0.000} ms, max {values[^1]:0.000} ms"));
    }

    // Re-scoring: 100,000 open declarations after a change (batch scoring, no explanation).
    var open = Enumerable.Range(0, 100_000).Select(i => score[i % score.Count] with { Id = "open-" + i.ToString(CultureInfo.InvariantCulture) }).ToList();
    watch.Restart();
    var scores = model.Score(open);
    watch.Stop();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"re-score {open.Count} declarations in a batch: {watch.Elapsed.TotalSeconds:0.00} s ({open.Count / watch.Elapsed.TotalSeconds:0} per s), mean score {scores.Average():0.000}"));
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static DeclarationFacts ToFacts(RiskRecord r) =>
    new(Guid.NewGuid(), r.Id, r.ImportType, r.Declarant, null, r.Importer, r.Seller, r.Office, null, r.DepartureCountry, "KR", r.TransportMode, "KRW", (decimal)r.ItemValue,
    [
        new GoodsItemFacts(1, "goods", r.CommodityCode, r.OriginCountry, r.ImportUse, [], double.IsNaN(r.NetMassKg) ? null : (decimal)r.NetMassKg, null, (decimal)r.ItemValue, "KRW", [r.TaxType], []),
    ]);

static string FindRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("No folder above holds Tamga.sln.");
}

/// <summary>The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): time spent computing, not waiting for a core.</summary>
internal static partial class NativeMethods
{
    private const int ThreadCpuClock = 3;

    public static double ThreadCpuMilliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : double.NaN;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}