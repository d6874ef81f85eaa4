using System.Diagnostics;

namespace Tamga.Host.Tests.Infrastructure;

/// <summary>Runs the built Tamga executable as a user would, from an empty folder.</summary>
public static class TamgaProcess
{
    public static string HostAssembly => Path.Combine(AppContext.BaseDirectory, "Tamga.Host.dll");

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TestDatabase database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = database.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(HostAssembly);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The data directory is ./data of the folder it runs in, as for a user.
        start.Environment.Remove("Tamga__DataDirectory");
        if (TestDatabase.IsPostgres)
        {
            start.Environment["Tamga__Database__Provider"] = "PostgreSQL";
            start.Environment["Tamga__Database__ConnectionString"] = database.ConnectionString;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
