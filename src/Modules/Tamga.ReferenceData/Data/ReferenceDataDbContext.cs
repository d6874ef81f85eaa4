using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Persistence;

namespace Tamga.ReferenceData.Data;

/// <summary>One code of one list. Lists are data: an administration adds codes and lists without a release.</summary>
internal sealed class CodeListEntry
{
    public required string List { get; init; }

    public required string Code { get; init; }

    public required string Description { get; set; }

    public string? DescriptionFr { get; set; }

    public string? DescriptionRu { get; set; }

    public string? Parent { get; set; }

    public int? Level { get; set; }

    /// <summary>Where the code comes from, e.g. <c>ISO 3166-1</c> or <c>administration</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The list version that last loaded this code.</summary>
    public required string Version { get; set; }

    /// <summary>Set when a newer version of the list no longer has the code; it stays readable for old declarations.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>A version of a list that was loaded, from which source, when.</summary>
internal sealed class CodeListVersion
{
    public required string List { get; init; }

    public required string Version { get; init; }

    public required string Source { get; init; }

    public int Entries { get; init; }

    public DateTimeOffset LoadedAt { get; init; }
}

internal class ReferenceDataDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public static readonly ModuleStorage Tables = new("reference-data", "reference_data", "ref_");

    public override ModuleStorage Storage => Tables;

    public DbSet<CodeListEntry> Entries => Set<CodeListEntry>();

    public DbSet<CodeListVersion> Versions => Set<CodeListVersion>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CodeListEntry>(entry =>
        {
            entry.ToTable("CodeListEntries");
            entry.HasKey(e => new { e.List, e.Code });
            entry.Property(e => e.List).HasMaxLength(60);
            entry.Property(e => e.Code).HasMaxLength(20);
            entry.Property(e => e.Description).HasMaxLength(1000);
            entry.Property(e => e.DescriptionFr).HasMaxLength(1000);
            entry.Property(e => e.DescriptionRu).HasMaxLength(1000);
            entry.Property(e => e.Parent).HasMaxLength(20);
            entry.Property(e => e.Source).HasMaxLength(100);
            entry.Property(e => e.Version).HasMaxLength(40);
        });
        modelBuilder.Entity<CodeListVersion>(version =>
        {
            version.ToTable("CodeListVersions");
            version.HasKey(v => new { v.List, v.Version });
            version.Property(v => v.List).HasMaxLength(60);
            version.Property(v => v.Version).HasMaxLength(40);
            version.Property(v => v.Source).HasMaxLength(300);
        });
    }
}

internal sealed class SqliteReferenceDataDbContext(DbContextOptions<SqliteReferenceDataDbContext> options) : ReferenceDataDbContext(options);

internal sealed class PostgresReferenceDataDbContext(DbContextOptions<PostgresReferenceDataDbContext> options) : ReferenceDataDbContext(options);

internal sealed class SqliteReferenceDataDesignTimeFactory() : SqliteDesignTimeFactory<SqliteReferenceDataDbContext>(ReferenceDataDbContext.Tables);

internal sealed class PostgresReferenceDataDesignTimeFactory() : PostgresDesignTimeFactory<PostgresReferenceDataDbContext>(ReferenceDataDbContext.Tables);
