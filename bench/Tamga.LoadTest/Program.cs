using System.Globalization;
using System.Text;

using Tamga.LoadTest;

// Tamga load test: see LoadOptions.Usage and docs/benchmarks.md.
if (args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var root = RepositoryRoot();
var perScenario = options.Warmup + options.Duration * options.Runs;
using var cancellation = new CancellationTokenSource(perScenario * options.Scenarios.Count + TimeSpan.FromMinutes(5));
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

HostProcess? host = null;
try
{
    if (options.Url is null)
    {
        var hostAssembly = options.Host ?? Path.Combine(root, "src", "Tamga.Host", "bin", "Release", "net10.0", "Tamga.Host.dll");
        Console.WriteLine($"Starting {hostAssembly} (Production) ...");
        host = await HostProcess.StartAsync(hostAssembly, options.HostEnvironment, options.Keep);
        Console.WriteLine($"Host pid {host.ProcessId} on {host.Url} in {host.Folder}");
    }

    var url = options.Url ?? host!.Url;
    var hostPid = host?.ProcessId ?? options.HostProcessId;
    using var client = LoadRunner.CreateClient(url, options.Connections);
    var workloads = new List<Workload>();
    foreach (var scenario in options.Scenarios)
    {
        workloads.Add(scenario switch
        {
            "health" => Workloads.Health(),
            "json" => await Workloads.JsonAsync(client),
            "xml" => await Workloads.XmlAsync(client, options.Samples ?? Path.Combine(root, "tests", "data", "wco-dms")),
            "tariff" => TariffWorkload.Create(options.Samples ?? Path.Combine(root, "tests", "data", "wco-dms"), Path.Combine(root, "src", "Modules", "Tamga.Tariff", "Sources", "uk-tariff", "global-uk-tariff.csv")),
            _ => throw new InvalidOperationException(scenario),
        });
    }

    Console.WriteLine($"{Environment.ProcessorCount} processors; {options.Connections} connections; {options.Duration.TotalSeconds:0} s per run; {options.Runs} run(s); warm-up {options.Warmup.TotalSeconds:0} s");
    foreach (var workload in workloads)
    {
        Console.WriteLine($"  {workload.Name}: {workload.Description}");
    }

    var results = new List<RunResult>();
    var warmed = new HashSet<string>(StringComparer.Ordinal);
    for (var run = 1; run <= options.Runs; run++)
    {
        foreach (var workload in workloads)
        {
            if (options.Warmup > TimeSpan.Zero && warmed.Add(workload.Name))
            {
                await LoadRunner.RunAsync(client, workload, workload.Name[..1] + "w", 0, options.Connections, options.Warmup, options.Count, hostPid, cancellation.Token);
            }

            var result = await LoadRunner.RunAsync(client, workload, workload.Name[..1] + run.ToString(CultureInfo.InvariantCulture), run, options.Connections, options.Duration, options.Count, hostPid, cancellation.Token);
            results.Add(result);
            Console.WriteLine(Report.Line(result));
            foreach (var sample in result.ErrorSamples)
            {
                Console.WriteLine("    error: " + sample);
            }
        }
    }

    var table = Report.Summary(results, options.Connections);
    Console.WriteLine();
    Console.WriteLine(table);
    if (options.Markdown is { } markdown)
    {
        await File.WriteAllTextAsync(markdown, table, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    return results.Any(r => r.Errors > 0 || r.Unexpected > 0) ? 1 : 0;
}
finally
{
    if (host is not null)
    {
        await host.DisposeAsync();
    }
}

static string RepositoryRoot()
{
    foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
            {
                return folder.FullName;
            }
        }
    }

    return Directory.GetCurrentDirectory();
}
