using System.Diagnostics;
using System.Globalization;

namespace Tamga.LoadTest;

/// <summary>CPU time (user + system) of a process: less sensitive to a busy machine than throughput.</summary>
internal static class CpuTime
{
    public static TimeSpan OfThisProcess()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>From /proc on Linux (utime + stime, in clock ticks of 1/100 s); elsewhere from the process object.</summary>
    public static TimeSpan? OfProcess(int? processId)
    {
        if (processId is not { } pid)
        {
            return null;
        }

        try
        {
            var stat = $"/proc/{pid}/stat";
            if (File.Exists(stat))
            {
                var text = File.ReadAllText(stat);
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                return TimeSpan.FromMilliseconds(ticks * 10);
            }

            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
