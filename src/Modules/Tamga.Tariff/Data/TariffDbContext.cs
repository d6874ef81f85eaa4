using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Persistence;
using Tamga.Tariff.Domain;

namespace Tamga.Tariff.Data;

internal class TariffDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public static readonly ModuleStorage Tables = new("tariff", "tariff", "tar_");

    public override ModuleStorage Storage => Tables;

    public DbSet<NomenclatureVersion> Versions => Set<NomenclatureVersion>();

    public DbSet<HsEntry> HsEntries => Set<HsEntry>();

    public DbSet<TariffLine> Lines => Set<TariffLine>();

    public DbSet<Measure> Measures => Set<Measure>();

    public DbSet<MeasureComponent> MeasureComponents => Set<MeasureComponent>();

    public DbSet<MeasureCondition> MeasureConditions => Set<MeasureCondition>();

    public DbSet<GeographicalArea> GeographicalAreas => Set<GeographicalArea>();

    public DbSet<GeographicalAreaMember> GeographicalAreaMembers => Set<GeographicalAreaMember>();

    public DbSet<TradeAgreement> TradeAgreements => Set<TradeAgreement>();

    public DbSet<TariffQuota> Quotas => Set<TariffQuota>();

    public DbSet<RulingApplication> RulingApplications => Set<RulingApplication>();

    public DbSet<RulingAttachment> RulingAttachments => Set<RulingAttachment>();

    public DbSet<Ruling> Rulings => Set<Ruling>();

    public DbSet<RulingAppeal> RulingAppeals => Set<RulingAppeal>();

    public DbSet<CourtDecision> CourtDecisions => Set<CourtDecision>();

    public DbSet<CourtDecisionRuling> CourtDecisionRulings => Set<CourtDecisionRuling>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NomenclatureVersion>(version =>
        {
            version.ToTable("NomenclatureVersions");
            version.HasKey(v => v.Id);
            version.Property(v => v.Id).HasMaxLength(40);
            version.Property(v => v.Name).HasMaxLength(200);
            version.Property(v => v.Kind).HasConversion<string>().HasMaxLength(30);
            version.Property(v => v.Basis).HasMaxLength(40);
            version.Property(v => v.Source).HasMaxLength(300);
            version.Property(v => v.ContentHash).HasMaxLength(64);
        });
        modelBuilder.Entity<HsEntry>(entry =>
        {
            entry.ToTable("HsEntries");
            entry.HasKey(e => new { e.VersionId, e.Code });
            entry.Property(e => e.VersionId).HasMaxLength(40);
            entry.Property(e => e.Code).HasMaxLength(10);
            entry.Property(e => e.Description).HasMaxLength(4000);
            entry.Property(e => e.Parent).HasMaxLength(10);
            entry.HasOne<NomenclatureVersion>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TariffLine>(line =>
        {
            line.ToTable("Lines");
            line.HasKey(l => new { l.VersionId, l.Code });
            line.Property(l => l.VersionId).HasMaxLength(40);
            line.Property(l => l.Code).HasMaxLength(10);
            line.Property(l => l.Description).HasMaxLength(4000);
            line.Property(l => l.Hs2022Subheading).HasMaxLength(6);
            line.Property(l => l.ChangeNote).HasMaxLength(60);
            line.HasIndex(l => l.Hs2022Subheading);
            line.HasOne<NomenclatureVersion>().WithMany().HasForeignKey(l => l.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Measure>(measure =>
        {
            measure.ToTable("Measures");
            measure.HasKey(m => m.Id);
            measure.Property(m => m.Id).ValueGeneratedNever();
            measure.Property(m => m.NomenclatureId).HasMaxLength(40);
            measure.Property(m => m.GoodsCode).HasMaxLength(10);
            measure.Property(m => m.MeasureType).HasMaxLength(10);
            measure.Property(m => m.OriginArea).HasMaxLength(10);
            measure.Property(m => m.Season).HasMaxLength(200);
            measure.Property(m => m.PendingUntil).HasMaxLength(300);
            measure.Property(m => m.Expression).HasMaxLength(500);
            measure.Property(m => m.ParseStatus).HasConversion<string>().HasMaxLength(30);
            measure.Property(m => m.ParseNote).HasMaxLength(1000);
            measure.Property(m => m.LegalBase).HasMaxLength(500);
            measure.Property(m => m.Footnote).HasMaxLength(1000);
            measure.Property(m => m.Source).HasMaxLength(100);
            measure.Property(m => m.AgreementCode).HasMaxLength(20);
            measure.Property(m => m.QuotaOrderNumber).HasMaxLength(10);
            measure.HasIndex(m => new { m.NomenclatureId, m.GoodsCode });
            measure.HasIndex(m => m.ParseStatus);
            measure.HasOne<NomenclatureVersion>().WithMany().HasForeignKey(m => m.NomenclatureId).OnDelete(DeleteBehavior.Cascade);
            measure.HasMany(m => m.Components).WithOne().HasForeignKey(c => c.MeasureId).OnDelete(DeleteBehavior.Cascade);
            measure.HasMany(m => m.Conditions).WithOne().HasForeignKey(c => c.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MeasureComponent>(component =>
        {
            component.ToTable("MeasureComponents");
            component.HasKey(c => new { c.MeasureId, c.Sequence });
            component.Property(c => c.Clause).HasConversion<string>().HasMaxLength(20);
            component.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
            component.Property(c => c.Currency).HasMaxLength(3);
            component.Property(c => c.Unit).HasMaxLength(3);
            component.Property(c => c.Qualifier).HasMaxLength(1);
        });
        modelBuilder.Entity<MeasureCondition>(condition =>
        {
            condition.ToTable("MeasureConditions");
            condition.HasKey(c => new { c.MeasureId, c.Sequence });
            condition.Property(c => c.ConditionCode).HasMaxLength(5);
            condition.Property(c => c.RequiredDocument).HasMaxLength(10);
            condition.Property(c => c.Agency).HasMaxLength(100);
            condition.Property(c => c.Action).HasMaxLength(200);
        });
        modelBuilder.Entity<GeographicalArea>(area =>
        {
            area.ToTable("GeographicalAreas");
            area.HasKey(a => a.Code);
            area.Property(a => a.Code).HasMaxLength(10);
            area.Property(a => a.Description).HasMaxLength(300);
        });
        modelBuilder.Entity<GeographicalAreaMember>(member =>
        {
            member.ToTable("GeographicalAreaMembers");
            member.HasKey(m => new { m.GroupCode, m.MemberCode, m.ValidFrom });
            member.Property(m => m.GroupCode).HasMaxLength(10);
            member.Property(m => m.MemberCode).HasMaxLength(10);
            member.HasOne<GeographicalArea>().WithMany().HasForeignKey(m => m.GroupCode).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TradeAgreement>(agreement =>
        {
            agreement.ToTable("TradeAgreements");
            agreement.HasKey(a => a.Code);
            agreement.Property(a => a.Code).HasMaxLength(20);
            agreement.Property(a => a.Name).HasMaxLength(300);
            agreement.Property(a => a.PartnerArea).HasMaxLength(10);
            agreement.Property(a => a.LegalBase).HasMaxLength(500);
        });
        modelBuilder.Entity<TariffQuota>(quota =>
        {
            quota.ToTable("Quotas");
            quota.HasKey(q => new { q.OrderNumber, q.PeriodStart });
            quota.Property(q => q.OrderNumber).HasMaxLength(10);
            quota.Property(q => q.Unit).HasMaxLength(3);
        });
        RulingsModel.Configure(modelBuilder);
    }
}

internal sealed class SqliteTariffDbContext(DbContextOptions<SqliteTariffDbContext> options) : TariffDbContext(options);

internal sealed class PostgresTariffDbContext(DbContextOptions<PostgresTariffDbContext> options) : TariffDbContext(options);

internal sealed class SqliteTariffDesignTimeFactory() : SqliteDesignTimeFactory<SqliteTariffDbContext>(TariffDbContext.Tables);

internal sealed class PostgresTariffDesignTimeFactory() : PostgresDesignTimeFactory<PostgresTariffDbContext>(TariffDbContext.Tables);
