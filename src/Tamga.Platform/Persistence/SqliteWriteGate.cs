namespace Tamga.Platform.Persistence;

/// <summary>
/// Lets the writers of this process into the embedded SQLite database one at a time, in the order they came.
/// SQLite allows one write transaction at a time; two writers of one process that meet on its lock are
/// retried by the driver every 150 ms, which turns a sub-millisecond wait into a stall. Reads are never gated
/// (WAL readers do not wait for the writer). Another process (a command-line verb) still meets the lock and is retried.
/// </summary>
public sealed class SqliteWriteGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task EnterAsync(CancellationToken cancellationToken) => _gate.WaitAsync(cancellationToken);

    public void Exit() => _gate.Release();
}
