using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tamga.Platform.Persistence;

/// <summary>
/// Copies the embedded database's write-ahead log back into the database file on a thread of its own. Left to
/// SQLite, the commit that fills the log past 1,000 pages does the copy and its two syncs itself, inside the one
/// write at a time, and every writer of the process waits behind it. While this service runs, the connections
/// leave the copy to it (<c>wal_autocheckpoint=0</c>); a passive checkpoint neither waits for nor blocks readers and
/// writers. Durability is unchanged: a commit is in the log before it is acknowledged, and the log is replayed on
/// the next open after a crash.
/// </summary>
internal sealed class SqliteCheckpointer : BackgroundService
{
    /// <summary>How often the log is copied back: at 20 MB of log a second, the log stays within tens of MB.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly string? _connectionString;
    private readonly ILogger<SqliteCheckpointer> _logger;

    public SqliteCheckpointer(IOptions<TamgaOptions> options, SqlitePragmas pragmas, ILogger<SqliteCheckpointer> logger)
    {
        _logger = logger;
        if (options.Value.Database.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        _connectionString = ModuleDatabaseRegistration.SqliteConnectionString(options.Value);

        // Constructed with the host's services, before the database is first opened: from here on every connection
        // leaves checkpoints to this service. A command-line verb, which runs no background services, keeps SQLite's own.
        pragmas.CheckpointInBackground = true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_connectionString is not { } connectionString)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Checkpoint(connectionString);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One passive checkpoint; a failure (e.g. the database not created yet) is logged and tried again on the next tick.</summary>
    private void Checkpoint(string connectionString)
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            command.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            _logger.LogDebug(exception, "The write-ahead log could not be checkpointed now; trying again");
        }
    }
}
