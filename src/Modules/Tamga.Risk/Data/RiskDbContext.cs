using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tamga.Platform.Persistence;
using Tamga.Risk.Aeo;
using Tamga.Risk.Alerts;
using Tamga.Risk.Capacity;
using Tamga.Risk.Feedback;
using Tamga.Risk.Parties;
using Tamga.Risk.Profiles;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Data;

internal class RiskDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public static readonly ModuleStorage Tables = new("risk", "risk", "rsk_");

    private static readonly JsonSerializerOptions CriteriaJson = new(JsonSerializerDefaults.Web);

    public override ModuleStorage Storage => Tables;

    public DbSet<RiskProfile> Profiles => Set<RiskProfile>();

    public DbSet<ControlResult> ControlResults => Set<ControlResult>();

    public DbSet<PartyRow> Parties => Set<PartyRow>();

    public DbSet<PartyKeyRow> PartyKeys => Set<PartyKeyRow>();

    public DbSet<PartyDeclarationRow> PartyDeclarations => Set<PartyDeclarationRow>();

    public DbSet<PartyControlRow> PartyControls => Set<PartyControlRow>();

    public DbSet<AssessmentRow> Assessments => Set<AssessmentRow>();

    public DbSet<AeoAuthorisation> AeoAuthorisations => Set<AeoAuthorisation>();

    public DbSet<OfficeCapacity> OfficeCapacities => Set<OfficeCapacity>();

    public DbSet<RiskAlert> Alerts => Set<RiskAlert>();

    public DbSet<SharedResult> SharedResults => Set<SharedResult>();

    public DbSet<ValuationRow> Valuations => Set<ValuationRow>();

    public DbSet<PartyOffence> PartyOffences => Set<PartyOffence>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RiskProfile>(profile =>
        {
            profile.ToTable("Profiles");
            profile.HasKey(p => p.Id);
            profile.Property(p => p.Id).ValueGeneratedNever();
            profile.Property(p => p.Number).HasMaxLength(20);
            profile.HasIndex(p => new { p.Number, p.Version }).IsUnique();
            profile.HasIndex(p => p.Status);
            profile.Property(p => p.Name).HasMaxLength(100);
            profile.Property(p => p.Reason).HasMaxLength(500);
            profile.Property(p => p.Channel).HasConversion<string>().HasMaxLength(10);
            profile.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
            profile.Property(p => p.Criteria).HasConversion(
                c => JsonSerializer.Serialize(c, CriteriaJson),
                s => JsonSerializer.Deserialize<ProfileCriteria>(s, CriteriaJson) ?? new ProfileCriteria())
                .HasMaxLength(20000);
            profile.Property(p => p.Skills).HasConversion(
                s => string.Join(' ', s),
                s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                new ValueComparer<IReadOnlyList<string>>((a, b) => a!.SequenceEqual(b!), s => s.Aggregate(0, (h, x) => HashCode.Combine(h, x.GetHashCode(StringComparison.Ordinal))), s => s.ToList()))
                .HasMaxLength(200);
            profile.Property(p => p.TargetRate).HasPrecision(7, 4);
            profile.Property(p => p.Source).HasMaxLength(300);
            profile.Property(p => p.DraftedBy).HasMaxLength(100);
            profile.Property(p => p.DecidedBy).HasMaxLength(100);
            profile.Property(p => p.DecisionNote).HasMaxLength(500);
            profile.Property(p => p.RowVersion).IsConcurrencyToken();
        });
        modelBuilder.Entity<ControlResult>(result =>
        {
            result.ToTable("ControlResults");
            result.HasKey(r => new { r.DeclarationId, r.Item });
            result.HasIndex(r => r.RecordedAt);
            result.HasIndex(r => r.Importer);
            result.Property(r => r.Mrn).HasMaxLength(18);
            result.Property(r => r.Officer).HasMaxLength(100);
            result.Property(r => r.RevenueRaised).HasPrecision(18, 2);
            result.Property(r => r.Office).HasMaxLength(35);
            result.Property(r => r.DeclarationType).HasMaxLength(35);
            result.Property(r => r.ProcedureCode).HasMaxLength(35);
            result.Property(r => r.TransportMode).HasMaxLength(35);
            result.Property(r => r.Declarant).HasMaxLength(35);
            result.Property(r => r.Importer).HasMaxLength(35);
            result.Property(r => r.Seller).HasMaxLength(35);
            result.Property(r => r.CommodityCode).HasMaxLength(35);
            result.Property(r => r.DispatchCountry).HasMaxLength(35);
            result.Property(r => r.OriginCountry).HasMaxLength(35);
            result.Property(r => r.Preference).HasMaxLength(35);
            result.Property(r => r.NetMassKg).HasPrecision(16, 6);
            result.Property(r => r.ItemValue).HasPrecision(18, 2);
        });
        modelBuilder.Entity<PartyRow>(party =>
        {
            party.ToTable("Parties");
            party.HasKey(p => p.Id);
            party.Property(p => p.Id).ValueGeneratedNever();
            party.Property(p => p.Number).HasMaxLength(20);
            party.HasIndex(p => p.Number).IsUnique();
            party.Property(p => p.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<PartyKeyRow>(key =>
        {
            key.ToTable("PartyKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedNever();
            key.HasIndex(k => k.PartyId);
            key.HasIndex(k => new { k.Kind, k.Value });
            key.Property(k => k.Kind).HasMaxLength(20);
            key.Property(k => k.Value).HasMaxLength(200);
            key.Property(k => k.Shown).HasMaxLength(200);
            key.Property(k => k.Postcode).HasMaxLength(20);
            key.Property(k => k.Reason).HasMaxLength(300);
        });
        modelBuilder.Entity<PartyDeclarationRow>(row =>
        {
            row.ToTable("PartyDeclarations");
            row.HasKey(r => new { r.PartyId, r.DeclarationId, r.Role });
            row.HasIndex(r => r.DeclarationId);
            row.Property(r => r.Role).HasMaxLength(20);
        });
        modelBuilder.Entity<PartyControlRow>(row =>
        {
            row.ToTable("PartyControls");
            row.HasKey(r => new { r.PartyId, r.DeclarationId });
            row.Property(r => r.RevenueRaised).HasPrecision(18, 2);
        });
        modelBuilder.Entity<AssessmentRow>(row =>
        {
            row.ToTable("Assessments");
            row.HasKey(r => r.DeclarationId);
            row.Property(r => r.DeclarationId).ValueGeneratedNever();
            row.Property(r => r.Office).HasMaxLength(35);
            row.HasIndex(r => r.Office);
            row.Property(r => r.Channel).HasConversion<string>().HasMaxLength(10);
            row.Property(r => r.Profiles).HasMaxLength(2000);
        });
        modelBuilder.Entity<AeoAuthorisation>(aeo =>
        {
            aeo.ToTable("AeoAuthorisations");
            aeo.HasKey(a => a.Id);
            aeo.Property(a => a.Id).ValueGeneratedNever();
            aeo.Property(a => a.Identifier).HasMaxLength(35);
            aeo.HasIndex(a => a.Identifier);
            aeo.Property(a => a.Type).HasMaxLength(4);
            aeo.Property(a => a.Reference).HasMaxLength(35);
            aeo.Property(a => a.RegisteredBy).HasMaxLength(100);
            aeo.Property(a => a.RevokedBy).HasMaxLength(100);
            aeo.Property(a => a.RevocationNote).HasMaxLength(500);
        });
        modelBuilder.Entity<OfficeCapacity>(capacity =>
        {
            capacity.ToTable("OfficeCapacities");
            capacity.HasKey(c => c.Office);
            capacity.Property(c => c.Office).HasMaxLength(35);
            capacity.Property(c => c.SetBy).HasMaxLength(100);
        });
        modelBuilder.Entity<RiskAlert>(alert =>
        {
            alert.ToTable("Alerts");
            alert.HasKey(a => a.Id);
            alert.Property(a => a.Id).ValueGeneratedNever();
            alert.Property(a => a.Number).HasMaxLength(20);
            alert.HasIndex(a => a.Number).IsUnique();
            alert.Property(a => a.Party).HasMaxLength(35);
            alert.Property(a => a.CommodityPrefix).HasMaxLength(10);
            alert.Property(a => a.OriginCountry).HasMaxLength(2);
            alert.Property(a => a.Text).HasMaxLength(500);
            alert.Property(a => a.RaisedBy).HasMaxLength(100);
            alert.Property(a => a.WatchListProfileNumber).HasMaxLength(20);
        });
        modelBuilder.Entity<SharedResult>(shared =>
        {
            shared.ToTable("SharedResults");
            shared.HasKey(s => s.DeclarationId);
            shared.Property(s => s.DeclarationId).ValueGeneratedNever();
            shared.HasIndex(s => s.SharedAt);
            shared.Property(s => s.SharedBy).HasMaxLength(100);
            shared.Property(s => s.Note).HasMaxLength(500);
        });
        modelBuilder.Entity<ValuationRow>(valuation =>
        {
            valuation.ToTable("ValuationHistories");
            valuation.HasKey(v => v.Key);
            valuation.Property(v => v.Key).HasMaxLength(60);
            valuation.Property(v => v.Subheading).HasMaxLength(6);
            valuation.Property(v => v.Origin).HasMaxLength(3);
        });
        modelBuilder.Entity<PartyOffence>(offence =>
        {
            offence.ToTable("PartyOffences");
            offence.HasKey(o => o.Id);
            offence.Property(o => o.Id).ValueGeneratedNever();
            offence.HasIndex(o => o.PartyId);
            offence.Property(o => o.PartyNumber).HasMaxLength(20);
            offence.Property(o => o.Kind).HasMaxLength(20);
            offence.Property(o => o.Reference).HasMaxLength(35);
            offence.Property(o => o.Description).HasMaxLength(500);
            offence.Property(o => o.PenaltyAmount).HasPrecision(18, 2);
            offence.Property(o => o.RecordedBy).HasMaxLength(100);
        });
    }
}

internal sealed class SqliteRiskDbContext(DbContextOptions<SqliteRiskDbContext> options) : RiskDbContext(options);

internal sealed class PostgresRiskDbContext(DbContextOptions<PostgresRiskDbContext> options) : RiskDbContext(options);

internal sealed class SqliteRiskDesignTimeFactory() : SqliteDesignTimeFactory<SqliteRiskDbContext>(RiskDbContext.Tables);

internal sealed class PostgresRiskDesignTimeFactory() : PostgresDesignTimeFactory<PostgresRiskDbContext>(RiskDbContext.Tables);
