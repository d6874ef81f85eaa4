using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Tamga.Browser.Tests;

/// <summary>
/// The real Tamga host, started as a child process from its build output (<c>dotnet Tamga.Host.dll</c>) in a fresh
/// empty folder, with no ASPNETCORE_ENVIRONMENT (so Production), on a free loopback port; killed at the end.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    private HostProcess(Process process, string folder, string baseUrl)
    {
        _process = process;
        Folder = folder;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The empty folder the host was started in; its database lands in <c>./data</c> here.</summary>
    public string Folder { get; }

    public string Log => string.Join(Environment.NewLine, _log);

    public static async Task<HostProcess> StartAsync()
    {
        var dll = HostDll();
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The host is not built: {dll} is missing. Build Tamga.sln first.");
        }

        var folder = Directory.CreateTempSubdirectory("tamga-browser-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo(DotnetExecutable())
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        foreach (var variable in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_URLS", "ASPNETCORE_CONTENTROOT", "ASPNETCORE_HOSTINGSTARTUPASSEMBLIES" })
        {
            start.Environment.Remove(variable);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var host = new HostProcess(process, folder, baseUrl);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // Left to the operating system.
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open; the temporary folder is cleaned by the system later.
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} before it was healthy:{Environment.NewLine}{Log}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The host did not answer /health with 200 within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Log}");
    }

    /// <summary>The host's build output next to this repository's tests (same configuration), or TAMGA_HOST_DLL.</summary>
    private static string HostDll()
    {
        if (Environment.GetEnvironmentVariable("TAMGA_HOST_DLL") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return Path.Combine(RepositoryRoot(), "src", "Tamga.Host", "bin", configuration, "net10.0", "Tamga.Host.dll");
    }

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Tamga.sln not found above " + AppContext.BaseDirectory);
    }

    private static string DotnetExecutable() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
