namespace Tamga.Platform.Background;

/// <summary>How long a retried piece of work waits: 1 s after the first failure, doubling, at most an hour.</summary>
public static class Backoff
{
    public static TimeSpan After(int failures) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Max(0, failures - 1))));
}
