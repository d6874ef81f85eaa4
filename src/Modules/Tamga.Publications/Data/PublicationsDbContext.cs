using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Persistence;
using Tamga.Publications.Domain;

namespace Tamga.Publications.Data;

internal class PublicationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public static readonly ModuleStorage Tables = new("publications", "publications", "pub_");

    public override ModuleStorage Storage => Tables;

    public DbSet<PublicationVersion> Versions => Set<PublicationVersion>();

    public DbSet<ExchangeRate> Rates => Set<ExchangeRate>();

    public DbSet<Subscriber> Subscribers => Set<Subscriber>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PublicationVersion>(version =>
        {
            version.ToTable("Versions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.Number, v.Version }).IsUnique();
            version.HasIndex(v => new { v.Status, v.Kind });
            version.Property(v => v.Number).HasMaxLength(20);
            version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(30);
            version.Property(v => v.Agency).HasMaxLength(PublicationInput.MaxAgencyLength);
            version.Property(v => v.Title).HasMaxLength(PublicationInput.MaxTitleLength);
            version.Property(v => v.Language).HasMaxLength(2);
            version.Property(v => v.FormNumber).HasMaxLength(PublicationInput.MaxFormNumberLength);
            version.Property(v => v.AttachmentName).HasMaxLength(200);
            version.Property(v => v.AttachmentContentType).HasMaxLength(100);
            version.Property(v => v.Source).HasMaxLength(1000);
            version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.CreatedBy).HasMaxLength(100);
            version.Property(v => v.PublishedBy).HasMaxLength(100);
            version.Property(v => v.KeyId).HasMaxLength(16);
            version.Property(v => v.Signature).HasMaxLength(100);
            version.HasMany(v => v.Rates).WithOne().HasForeignKey(r => r.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ExchangeRate>(rate =>
        {
            rate.ToTable("ExchangeRates");
            rate.HasKey(r => new { r.VersionId, r.Currency, r.ValidFrom });
            rate.Property(r => r.Currency).HasMaxLength(3);
            rate.Property(r => r.UnitsPerNationalUnit).HasPrecision(18, 6);
            rate.HasIndex(r => new { r.Currency, r.ValidFrom });
        });
        modelBuilder.Entity<Subscriber>(subscriber =>
        {
            subscriber.ToTable("Subscribers");
            subscriber.HasKey(s => s.Id);
            subscriber.Property(s => s.Email).HasMaxLength(PublicationInput.MaxEmailLength);
            subscriber.Property(s => s.EmailKey).HasMaxLength(PublicationInput.MaxEmailLength);
            subscriber.HasIndex(s => s.EmailKey);
            subscriber.Property(s => s.Kinds).HasMaxLength(200);
            subscriber.Property(s => s.Agencies).HasMaxLength(2000);
            subscriber.Property(s => s.PendingKinds).HasMaxLength(200);
            subscriber.Property(s => s.PendingAgencies).HasMaxLength(2000);
            subscriber.Property(s => s.ConfirmationToken).HasMaxLength(64);
            subscriber.Property(s => s.UnsubscribeToken).HasMaxLength(64);
            subscriber.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            subscriber.HasIndex(s => s.ConfirmationToken).IsUnique();
            subscriber.HasIndex(s => s.UnsubscribeToken).IsUnique();
            subscriber.HasIndex(s => s.Status);
        });
    }
}

internal sealed class SqlitePublicationsDbContext(DbContextOptions<SqlitePublicationsDbContext> options) : PublicationsDbContext(options);

internal sealed class PostgresPublicationsDbContext(DbContextOptions<PostgresPublicationsDbContext> options) : PublicationsDbContext(options);

internal sealed class SqlitePublicationsDesignTimeFactory() : SqliteDesignTimeFactory<SqlitePublicationsDbContext>(PublicationsDbContext.Tables);

internal sealed class PostgresPublicationsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresPublicationsDbContext>(PublicationsDbContext.Tables);
