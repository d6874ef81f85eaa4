using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tamga.Platform;
using Tamga.Platform.Persistence;

namespace Tamga.Kernel.Tests;

public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tamga-checkpoint-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task WhileItRuns_CommitsLeaveTheLogToIt_AndItCopiesTheLogIntoTheDatabase()
    {
        var options = Options.Create(new TamgaOptions { DataDirectory = _folder });
        var connectionString = ModuleDatabaseRegistration.SqliteConnectionString(options.Value);
        var pragmas = new SqlitePragmas();
        using var checkpointer = new SqliteCheckpointer(options, pragmas, NullLogger<SqliteCheckpointer>.Instance);
        Assert.True(pragmas.CheckpointInBackground);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        pragmas.ConnectionOpened(connection, null!);
        Assert.Equal(0L, Scalar(connection, "PRAGMA wal_autocheckpoint;"));
        Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE goods (id INTEGER PRIMARY KEY, text TEXT NOT NULL);");

        // About 3 MB in many commits: far past the 1,000 pages at which a commit would otherwise copy the log itself.
        var text = new string('x', 3000);
        for (var i = 0; i < 1000; i++)
        {
            Execute(connection, $"INSERT INTO goods (text) VALUES ('{text}');");
        }

        var database = Path.Combine(_folder, "tamga.db");
        Assert.True(new FileInfo(database).Length < 1_000_000, "the commits must not have checkpointed the log");

        await checkpointer.StartAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (new FileInfo(database).Length < 3_000_000 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, CancellationToken.None);
        }

        await checkpointer.StopAsync(CancellationToken.None);
        Assert.True(new FileInfo(database).Length >= 3_000_000, "the checkpointer must have copied the log into the database file");
        Assert.Equal(1000L, Scalar(connection, "SELECT count(*) FROM goods;"));
    }

    [Fact]
    public void OnPostgreSql_ItDoesNothing_AndCommitsKeepTheirOwnCheckpoints()
    {
        var options = Options.Create(new TamgaOptions { DataDirectory = _folder, Database = { Provider = DatabaseProvider.PostgreSQL } });
        var pragmas = new SqlitePragmas();
        using var checkpointer = new SqliteCheckpointer(options, pragmas, NullLogger<SqliteCheckpointer>.Instance);
        Assert.False(pragmas.CheckpointInBackground);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
