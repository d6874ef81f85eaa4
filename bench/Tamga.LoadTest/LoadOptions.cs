using System.Globalization;

namespace Tamga.LoadTest;

/// <summary>Command-line options of the load generator.</summary>
internal sealed class LoadOptions
{
    public const string Usage = """
        Tamga load test: lodges unique-LRN green declarations over N keep-alive HTTP/1.1 connections.

          dotnet run -c Release --project bench/Tamga.LoadTest -- --scenario all --connections 32 --duration 20

        Options
          --scenario all|json|xml|tariff|health   what to drive (all = health, json, xml; health is always measured as the baseline;
                                           tariff = the public tariff search, classification and look-up)
          --connections N                  concurrent connections, one request in flight on each (default 32)
          --duration S                     measured seconds per scenario run (default 20, at most 600)
          --count N                        stop a run after N requests, whichever of duration and count comes first
          --warmup S                       unmeasured seconds before each scenario's first run (default 5)
          --runs R                         runs of each scenario, interleaved; the report gives each and the median (default 1)
          --url http://127.0.0.1:PORT      drive a running host (its trader and admin demo users must exist)
          --host-pid PID                   with --url: the host's process, to report its CPU time per request
          --host PATH                      the host to start (default src/Tamga.Host/bin/Release/net10.0/Tamga.Host.dll)
          --host-env KEY=VALUE             an environment variable for the started host (repeatable)
          --samples PATH                   the DEC-DMS samples folder (default tests/data/wco-dms)
          --keep                           keep the started host's temporary folder
          --markdown PATH                  also write the report as a Markdown table
        """;

    public List<string> Scenarios { get; private set; } = ["health", "json", "xml"];

    public int Connections { get; private set; } = 32;

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);

    public long Count { get; private set; } = 10_000_000;

    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(5);

    public int Runs { get; private set; } = 1;

    public Uri? Url { get; private set; }

    public string? Host { get; private set; }

    public int? HostProcessId { get; private set; }

    public Dictionary<string, string> HostEnvironment { get; } = new(StringComparer.Ordinal);

    public string? Samples { get; private set; }

    public bool Keep { get; private set; }

    public string? Markdown { get; private set; }

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--scenario":
                    var scenario = Value();
                    options.Scenarios = scenario switch
                    {
                        "all" => ["health", "json", "xml"],
                        "json" or "xml" or "tariff" => ["health", scenario],
                        "health" => ["health"],
                        _ => throw new ArgumentException($"Unknown scenario '{scenario}'."),
                    };
                    break;
                case "--connections":
                    options.Connections = Bounded(Value(), 1, 1024, name);
                    break;
                case "--duration":
                    options.Duration = TimeSpan.FromSeconds(Bounded(Value(), 1, 600, name));
                    break;
                case "--count":
                    options.Count = Bounded(Value(), 1, 10_000_000, name);
                    break;
                case "--warmup":
                    options.Warmup = TimeSpan.FromSeconds(Bounded(Value(), 0, 120, name));
                    break;
                case "--runs":
                    options.Runs = Bounded(Value(), 1, 20, name);
                    break;
                case "--url":
                    options.Url = new Uri(Value());
                    if (!options.Url.IsLoopback)
                    {
                        throw new ArgumentException("Only a host on this machine (127.0.0.1, localhost) is driven.");
                    }

                    break;
                case "--host-pid":
                    options.HostProcessId = Bounded(Value(), 1, int.MaxValue, name);
                    break;
                case "--host":
                    options.Host = Value();
                    break;
                case "--host-env":
                    var pair = Value();
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        throw new ArgumentException("--host-env takes KEY=VALUE.");
                    }

                    options.HostEnvironment[pair[..equals]] = pair[(equals + 1)..];
                    break;
                case "--samples":
                    options.Samples = Value();
                    break;
                case "--keep":
                    options.Keep = true;
                    break;
                case "--markdown":
                    options.Markdown = Value();
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        return options;
    }

    private static int Bounded(string text, int min, int max, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} takes a whole number from {min} to {max}.");
}
