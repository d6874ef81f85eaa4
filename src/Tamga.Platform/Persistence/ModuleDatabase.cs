using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Tamga.Platform.Outbox;

namespace Tamga.Platform.Persistence;

/// <summary>A module's database as the platform sees it: for migration, audit verification and health.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext. <typeparamref name="TSqlite"/> and <typeparamref name="TPostgres"/> are
    /// the provider-specific subclasses that own each provider's migrations; code uses <typeparamref name="TContext"/>.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqlite, TPostgres>(this IServiceCollection services, ModuleStorage storage)
        where TContext : ModuleDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        // Pooled: a request or a batch leases a context instead of building one (the contexts hold no state of their own).
        services.AddDbContextPool<TSqlite>((sp, options) => Configure(sp, options, storage));
        services.AddDbContextPool<TPostgres>((sp, options) => Configure(sp, options, storage));
        services.AddScoped<TContext>(sp => sp.GetRequiredService<IOptions<TamgaOptions>>().Value.Database.Provider == DatabaseProvider.PostgreSQL
            ? sp.GetRequiredService<TPostgres>()
            : sp.GetRequiredService<TSqlite>());
        services.AddSingleton(new ModuleDatabase(storage.Module, typeof(TContext)));
        services.TryAddSingleton<IntegrationEventTypes>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<SqliteWriteGate>();
        services.TryAddSingleton<SqlitePragmas>();
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return services;
    }

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options, ModuleStorage storage)
    {
        var tamga = services.GetRequiredService<IOptions<TamgaOptions>>().Value;
        if (tamga.Database.Provider == DatabaseProvider.PostgreSQL)
        {
            options.UseNpgsql(
                tamga.Database.ConnectionString ?? throw new InvalidOperationException("Tamga:Database:ConnectionString is required for PostgreSQL."),
                npgsql => npgsql.MigrationsHistoryTable(storage.MigrationsTable, storage.Schema));
        }
        else
        {
            options.UseSqlite(SqliteConnectionString(tamga), sqlite => sqlite.MigrationsHistoryTable(storage.MigrationsTable));
            options.AddInterceptors(services.GetRequiredService<SqlitePragmas>());
        }
    }

    public static string SqliteConnectionString(TamgaOptions tamga) =>
        tamga.Database.ConnectionString is { Length: > 0 } configured
            ? configured
            : new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(tamga.FullDataDirectory, "tamga.db"),
                DefaultTimeout = 30,
                Pooling = true,
            }.ToString();
}

/// <summary>
/// Per-connection SQLite settings: WAL is set once at migration; NORMAL sync in WAL mode survives a process crash.
/// Set once per native connection: the driver's pool hands the same connection out again with its settings kept.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _applied = [];

    /// <summary>Set by <see cref="SqliteCheckpointer"/> when it runs: commits then never checkpoint the log themselves.</summary>
    public bool CheckpointInBackground { get; set; }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !_applied.TryAdd(handle, this))
        {
            return;
        }

        using var command = connection.CreateCommand();
        // mmap_size and cache_size: pages are read from memory instead of one read() call each; writes and their
        // durability are unchanged (the WAL is written and synced as before).
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA mmap_size=268435456; PRAGMA cache_size=-8192;"
            + (CheckpointInBackground ? " PRAGMA wal_autocheckpoint=0;" : "");
        command.ExecuteNonQuery();
    }
}
