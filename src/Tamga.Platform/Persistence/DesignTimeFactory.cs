using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Tamga.Platform.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build a module's SQLite context without a host.</summary>
public abstract class SqliteDesignTimeFactory<T>(ModuleStorage storage) : IDesignTimeDbContextFactory<T>
    where T : ModuleDbContext
{
    public T CreateDbContext(string[] args) =>
        (T)Activator.CreateInstance(typeof(T), new DbContextOptionsBuilder<T>().UseSqlite("Data Source=design-time.db", o => o.MigrationsHistoryTable(storage.MigrationsTable)).Options)!;
}

/// <summary>Lets <c>dotnet ef migrations add</c> build a module's PostgreSQL context without a server.</summary>
public abstract class PostgresDesignTimeFactory<T>(ModuleStorage storage) : IDesignTimeDbContextFactory<T>
    where T : ModuleDbContext
{
    public T CreateDbContext(string[] args) =>
        (T)Activator.CreateInstance(typeof(T), new DbContextOptionsBuilder<T>().UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsHistoryTable(storage.MigrationsTable, storage.Schema)).Options)!;
}
