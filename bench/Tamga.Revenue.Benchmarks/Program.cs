using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Running;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tamga.Declarations.Contracts;
using Tamga.Revenue.Calculation;
using Tamga.Revenue.Valuation;
using Tamga.Tariff.Contracts;

namespace Tamga.Revenue.Benchmarks;

/// <summary>
/// Goods-item assessment throughput of the calculation engine (the one <c>assess</c>, declarations and the duty
/// calculator use), on the goods items of the WCO DEC-DMS samples against the loaded UK tariff, on one thread.
/// Usage: <c>dotnet run -c Release --project bench/Tamga.Revenue.Benchmarks [-- --filter '*']</c>.
/// </summary>
public static class Entry
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(AssessItems).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
}

/// <summary>Assesses every sample goods item once per operation batch; results are per item.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class AssessItems
{
    /// <summary>In process (the host and the tariff are loaded once, no generated project to build), 3 warm-up and 15 measured iterations.</summary>
    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig() =>
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int Items = 1024;
    private static readonly DateOnly Date = new(2024, 2, 22);

    private Host? _host;
    private MeasureTable _table = MeasureTable.Empty;
    private ItemInput[] _items = [];
    private readonly TaxResult[] _results = new TaxResult[DutyEngine.MaxTaxTypes];

    [GlobalSetup]
    public void Setup()
    {
        _host = new Host();
        var services = _host.Services;
        _table = services.GetRequiredService<IMeasuresInForce>().Current;
        var documents = services.GetRequiredService<IDeclarationDocuments>();
        var mix = new List<ItemInput>();
        foreach (var file in SampleDeclarations())
        {
            if (documents.ReadDecDms(File.ReadAllBytes(file)).Facts is not { } facts || facts.TypeCode.StartsWith("EX", StringComparison.Ordinal))
            {
                continue;
            }

            var values = CustomsValuation.Value(facts, _table.NationalCurrency);
            foreach (var item in facts.Items)
            {
                if (values.Items.FirstOrDefault(v => v.Item == item.Sequence) is not { } value || !_table.TryFindLine(item.CommodityCode, out _))
                {
                    continue;
                }

                var preference = item.DeclaredTaxes.Select(t => t.Preference).FirstOrDefault(p => p is not null);
                mix.Add(new ItemInput(item.CommodityCode, item.OriginCountry, value.Value, item.NetMassKg, item.SupplementaryUnits, preference, [.. item.AdditionalCodes]));
            }
        }

        if (mix.Count == 0)
        {
            throw new InvalidOperationException("No sample goods item could be valued against the tariff.");
        }

        // The distinct sample items repeated to a fixed batch, in their order.
        _items = Enumerable.Range(0, Items).Select(i => mix[i % mix.Count]).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// mix: {mix.Count} sample goods items, {mix.Select(m => m.CommodityCode).Distinct().Count()} commodity codes; tariff: {_table.LineCount} lines, {_table.MeasureCount} measures"));
    }

    [GlobalCleanup]
    public void Cleanup() => _host?.Dispose();

    /// <summary>Baseline: only finding each item's tariff line (the dictionary look-up every assessment starts with).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    public int FindLine()
    {
        var found = 0;
        foreach (ref readonly var item in _items.AsSpan())
        {
            found += _table.TryFindLine(item.CommodityCode, out var line) ? line & 1 : 0;
        }

        return found;
    }

    /// <summary>The full assessment of each item: measures in force, duties, VAT, rounding.</summary>
    [Benchmark(OperationsPerInvoke = Items)]
    public decimal Assess()
    {
        var total = 0m;
        foreach (ref readonly var item in _items.AsSpan())
        {
            DutyEngine.Assess(_table, item, Date, CurrencyRates.None, _results, out var count);
            for (var i = 0; i < count; i++)
            {
                total += _results[i].Amount;
            }
        }

        return total;
    }

    private static IEnumerable<string> SampleDeclarations()
    {
        var root = AppContext.BaseDirectory;
        for (var folder = new DirectoryInfo(root); folder is not null; folder = folder.Parent)
        {
            var samples = Path.Combine(folder.FullName, "tests", "data", "wco-dms");
            if (File.Exists(Path.Combine(samples, "index.json")))
            {
                using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(samples, "index.json")));
                return index.RootElement.GetProperty("scenarios").EnumerateArray()
                    .SelectMany(s => s.GetProperty("declarations").EnumerateArray())
                    .Where(d => d.GetProperty("role").GetString() == "declaration")
                    .Select(d => Path.Combine(samples, "samples", d.GetProperty("file").GetString()!))
                    .ToList();
            }
        }

        throw new InvalidOperationException("tests/data/wco-dms not found above " + root);
    }

    /// <summary>A Tamga host in memory on a fresh SQLite folder: the tariff loaded as in production.</summary>
    private sealed class Host : WebApplicationFactory<global::Program>
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("tamga-revenue-bench-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(AppContext.BaseDirectory);
            builder.UseSetting("Tamga:DataDirectory", _folder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                try
                {
                    Directory.Delete(_folder, recursive: true);
                }
                catch (IOException)
                {
                    // The database file may still be held; the folder is a temporary one.
                }
            }
        }
    }
}
