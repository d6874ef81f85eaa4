using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tamga.Platform.Persistence;

/// <summary>Creates the data directory and the database, and applies every module's migrations.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<TamgaOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Tamga.Database");
        Directory.CreateDirectory(options.FullDataDirectory);
        if (options.Database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(ModuleDatabaseRegistration.SqliteConnectionString(options));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Migrating {Module}: {Count} migration(s)", database.Module, pending.Count);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
    }
}
