using System.Diagnostics;
using System.Net;

namespace Tamga.LoadTest;

/// <summary>One measured run of one scenario.</summary>
internal sealed record RunResult(
    string Scenario,
    int Run,
    int Connections,
    long Requests,
    long Errors,
    long Unexpected,
    TimeSpan Elapsed,
    double P50,
    double P90,
    double P99,
    double Max,
    IReadOnlyList<string> ErrorSamples)
{
    public double Throughput => Requests / Elapsed.TotalSeconds;

    /// <summary>CPU time the host spent per request (user + system), in microseconds; null when the host's process is unknown.</summary>
    public double? HostCpuPerRequest { get; init; }

    /// <summary>CPU time this load generator spent per request, in microseconds.</summary>
    public double ClientCpuPerRequest { get; init; }
}

/// <summary>
/// Drives one scenario over N concurrent keep-alive connections: each of N workers keeps one request in flight
/// until the duration is over or the request budget is spent. Every answer is read to its end.
/// </summary>
internal static class LoadRunner
{
    public static HttpClient CreateClient(Uri baseUrl, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = baseUrl,
        DefaultRequestVersion = HttpVersion.Version11,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public static async Task<RunResult> RunAsync(HttpClient client, Workload workload, string tag, int run, int connections, TimeSpan duration, long maxRequests, int? hostProcessId, CancellationToken cancellationToken)
    {
        long issued = 0;
        var hostCpuBefore = CpuTime.OfProcess(hostProcessId);
        var clientCpuBefore = CpuTime.OfThisProcess();
        var started = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            var worker = new WorkerResult();
            while (started.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var sequence = Interlocked.Increment(ref issued);
                if (sequence > maxRequests)
                {
                    break;
                }

                using var request = workload.Create(sequence, tag);
                var at = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                    var elapsed = Stopwatch.GetElapsedTime(at);
                    worker.Latencies.Add(elapsed.TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        worker.Errors++;
                        if (worker.Samples.Count < 3)
                        {
                            var text = await response.Content.ReadAsStringAsync(cancellationToken);
                            worker.Samples.Add($"{(int)response.StatusCode} {text[..Math.Min(text.Length, 400)]}");
                        }
                    }
                    else if (workload.ExpectCreated && response.StatusCode != HttpStatusCode.Created)
                    {
                        worker.Unexpected++;
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    worker.Latencies.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                    worker.Errors++;
                    if (worker.Samples.Count < 3)
                    {
                        worker.Samples.Add(exception.GetType().Name + ": " + exception.Message);
                    }

                    if (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }
                }
            }

            return worker;
        }, CancellationToken.None)).ToList();

        var results = await Task.WhenAll(workers);
        var elapsed = started.Elapsed;
        var hostCpu = CpuTime.OfProcess(hostProcessId) - hostCpuBefore;
        var clientCpu = CpuTime.OfThisProcess() - clientCpuBefore;
        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        return new RunResult(
            workload.Name,
            run,
            connections,
            latencies.Length,
            results.Sum(r => r.Errors),
            results.Sum(r => r.Unexpected),
            elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            latencies.Length == 0 ? 0 : latencies[^1],
            results.SelectMany(r => r.Samples).Take(5).ToList())
        {
            HostCpuPerRequest = hostCpu is { } h && latencies.Length > 0 ? h.TotalMicroseconds / latencies.Length : null,
            ClientCpuPerRequest = latencies.Length > 0 ? clientCpu.TotalMicroseconds / latencies.Length : 0,
        };
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private sealed class WorkerResult
    {
        public List<double> Latencies { get; } = new(8192);

        public long Errors { get; set; }

        public long Unexpected { get; set; }

        public List<string> Samples { get; } = [];
    }
}
