namespace Tamga.Platform.Background;

/// <summary>
/// Wakes a background worker as soon as there is work, instead of waiting for its next poll. Each worker
/// has its own subclass, so each gets its own singleton.
/// </summary>
public abstract class WakeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next pulse; take it before looking for work so no pulse is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
