using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tamga.LoadTest;

/// <summary>
/// A Release Tamga host started for the run: Production environment, a fresh temporary folder as its working
/// directory (so its SQLite database is ./data/tamga.db there), listening on a free port of 127.0.0.1 only.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly bool _keep;

    private HostProcess(Process process, StreamWriter log, string folder, Uri url, bool keep)
    {
        _process = process;
        _log = log;
        Folder = folder;
        Url = url;
        _keep = keep;
    }

    public string Folder { get; }

    public Uri Url { get; }

    public int ProcessId => _process.Id;

    public static async Task<HostProcess> StartAsync(string hostAssembly, IReadOnlyDictionary<string, string> environment, bool keep)
    {
        if (!File.Exists(hostAssembly))
        {
            throw new FileNotFoundException($"No host at {hostAssembly}: build it first with 'dotnet build Tamga.sln -c Release'.", hostAssembly);
        }

        var folder = Path.Combine(Path.GetTempPath(), "tamga-load-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Tamga__Auth__TokenLifetimeSeconds"] = "86400";
        start.Environment.Remove("Tamga__DataDirectory");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(folder, "host.log")) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, log, folder, url, keep);

        using var probe = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                await host.DisposeAsync();
                throw new InvalidOperationException($"The host exited with code {process.ExitCode}; see its log.");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await host.DisposeAsync();
        throw new TimeoutException("The host did not answer /health within two minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }

        if (!_keep)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
