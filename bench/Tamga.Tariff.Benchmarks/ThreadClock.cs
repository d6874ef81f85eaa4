using System.Runtime.InteropServices;

namespace Tamga.Tariff.Benchmarks;

/// <summary>CPU time of the calling thread (Linux), to tell the work of a call from the wait for a core on a shared machine.</summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && NativeClock(ThreadCpuTimeClock, out var now) == 0 ? (now.Seconds * 1e3) + (now.Nanoseconds / 1e6) : double.NaN;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int NativeClock(int clock, out Instant time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Instant
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
