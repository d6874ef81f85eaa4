using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Tamga.Tariff.Benchmarks;

/// <summary>
/// BenchmarkDotNet view of the same operations (in-process toolchain, so the tariff is loaded once). Each invocation
/// cycles to the next query of the set, so the figures are over the whole set, not one favourable query.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Settings))]
public class TariffBenchmarks
{
    private Operations _operations = null!;
    private LikeQuery _like = null!;
    private TariffData _data = null!;
    private int _next;

    public static string? DatabasePath { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = TariffData.LoadAsync(DatabasePath).GetAwaiter().GetResult();
        _operations = new Operations(_data);
        _like = new LikeQuery(_data.Database);
    }

    [GlobalCleanup]
    public void Cleanup() => _like.Dispose();

    [Benchmark]
    public int SearchWords() => _operations.SearchWords(_next++);

    [Benchmark]
    public int SearchCode() => _operations.SearchCode(_next++);

    [Benchmark]
    public int Classify() => _operations.Classify(_next++);

    [Benchmark]
    public int Commodity() => _operations.Commodity(_next++);

    [Benchmark]
    public int SqlLike() => _like.Run(_data.Descriptions[_next++ % _data.Descriptions.Count]);

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P95, StatisticColumn.Median);
        }
    }
}
