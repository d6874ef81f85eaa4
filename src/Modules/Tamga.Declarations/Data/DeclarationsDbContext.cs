using Microsoft.EntityFrameworkCore;
using Tamga.Declarations.Domain;
using Tamga.Platform.Persistence;

namespace Tamga.Declarations.Data;

internal class DeclarationsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public static readonly ModuleStorage Tables = new("declarations", "declarations", "decl_");

    public override ModuleStorage Storage => Tables;

    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<StatusChange> StatusChanges => Set<StatusChange>();

    public DbSet<DocumentRequest> DocumentRequests => Set<DocumentRequest>();

    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<Callback> Callbacks => Set<Callback>();

    public DbSet<CallbackDelivery> CallbackDeliveries => Set<CallbackDelivery>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Declaration>(declaration =>
        {
            declaration.ToTable("Declarations");
            declaration.HasKey(d => d.Id);
            declaration.Property(d => d.Id).ValueGeneratedNever();
            declaration.Property(d => d.Lrn).HasMaxLength(35);
            declaration.Property(d => d.DeclarantId).HasMaxLength(17);
            declaration.Property(d => d.RepresentativeId).HasMaxLength(17);
            declaration.Property(d => d.ImporterId).HasMaxLength(17);
            declaration.Property(d => d.ExporterId).HasMaxLength(17);
            declaration.Property(d => d.TypeCode).HasMaxLength(3);
            declaration.Property(d => d.Mrn).HasMaxLength(18);
            declaration.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            declaration.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
            declaration.Property(d => d.RiskDecidedBy).HasMaxLength(100);
            declaration.Property(d => d.ControlOffice).HasMaxLength(8);
            declaration.Property(d => d.AssignedOfficer).HasMaxLength(100);
            declaration.Property(d => d.RequiredSkills).HasMaxLength(200).HasDefaultValue("");
            declaration.Property(d => d.ContentHash).HasMaxLength(64);
            declaration.Property(d => d.DutyCurrency).HasMaxLength(3);
            // Unbounded: the calculation explains every item and every difference from the declared tax lines.
            declaration.Property(d => d.DutyNote);
            declaration.Property(d => d.RowVersion).IsConcurrencyToken();
            declaration.HasIndex(d => new { d.DeclarantId, d.Lrn }).IsUnique();
            declaration.HasIndex(d => d.Mrn).IsUnique();
            declaration.HasIndex(d => new { d.ControlOffice, d.Status });
            declaration.HasIndex(d => d.RepresentativeId);
            declaration.HasIndex(d => d.ImporterId);
            declaration.HasIndex(d => d.ExporterId);
            declaration.HasIndex(d => d.LodgedAt);
            declaration.HasMany(d => d.History).WithOne().HasForeignKey(c => c.DeclarationId);
            declaration.HasMany(d => d.Notifications).WithOne().HasForeignKey(n => n.DeclarationId);
            declaration.HasMany(d => d.DocumentRequests).WithOne().HasForeignKey(r => r.DeclarationId);
            declaration.Ignore(d => d.Changes);
            declaration.Ignore(d => d.AssessedDue);
            declaration.Ignore(d => d.Reasons);
            declaration.Ignore(d => d.RequiredSkillList);
            declaration.Ignore(d => d.IsOpenToDeclarant);
        });
        modelBuilder.Entity<StatusChange>(change =>
        {
            change.ToTable("StatusChanges");
            change.HasKey(c => new { c.DeclarationId, c.Sequence });
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Actor).HasMaxLength(200);
            change.Property(c => c.Reason).HasMaxLength(1000);
        });
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("Notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Id).ValueGeneratedNever();
            notification.HasIndex(n => new { n.DeclarationId, n.Sequence }).IsUnique();
            notification.Property(n => n.Type).HasMaxLength(6);
            notification.Property(n => n.FunctionCode).HasMaxLength(2);
            notification.Property(n => n.Mrn).HasMaxLength(18);
            notification.Property(n => n.Lrn).HasMaxLength(35);
            notification.Property(n => n.Message).HasMaxLength(2000);
        });
        modelBuilder.Entity<DocumentRequest>(request =>
        {
            request.ToTable("DocumentRequests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.Description).HasMaxLength(1000);
            request.Property(r => r.RequestedBy).HasMaxLength(200);
            request.Property(r => r.FileName).HasMaxLength(255);
            request.Property(r => r.ContentType).HasMaxLength(100);
        });
        modelBuilder.Entity<Submission>(submission =>
        {
            submission.ToTable("Submissions");
            submission.HasKey(s => new { s.DeclarationId, s.Version });
            submission.Property(s => s.Format).HasMaxLength(10);
        });
        modelBuilder.Entity<Callback>(callback =>
        {
            callback.ToTable("Callbacks");
            callback.HasKey(c => c.PartyId);
            callback.Property(c => c.PartyId).HasMaxLength(17);
            callback.Property(c => c.Url).HasMaxLength(2000);
            callback.Property(c => c.Secret).HasMaxLength(200);
        });
        modelBuilder.Entity<CallbackDelivery>(delivery =>
        {
            delivery.ToTable("CallbackDeliveries");
            delivery.HasKey(d => d.Id);
            delivery.Property(d => d.Id).ValueGeneratedNever();
            delivery.Property(d => d.PartyId).HasMaxLength(17);
            delivery.Property(d => d.Url).HasMaxLength(2000);
            delivery.Property(d => d.LastError).HasMaxLength(1000);
            delivery.HasIndex(d => new { d.DeliveredAt, d.NextAttemptAt });
            delivery.HasIndex(d => new { d.PartyId, d.CreatedAt });
            delivery.HasIndex(d => new { d.NotificationId, d.PartyId }).IsUnique();
        });
    }
}

/// <summary>The body as the declarant sent it (XML or JSON), kept per version as evidence.</summary>
internal sealed class Submission
{
    public Guid DeclarationId { get; init; }

    public int Version { get; init; }

    public required string Format { get; init; }

    public required byte[] Body { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}

/// <summary>Where a party wants its notifications pushed, and the secret that signs them.</summary>
internal sealed class Callback
{
    public required string PartyId { get; init; }

    public required string Url { get; set; }

    public required string Secret { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One notification to push to one party: retried with back-off until delivered (the delivery log).</summary>
internal sealed class CallbackDelivery
{
    public Guid Id { get; init; }

    public Guid NotificationId { get; init; }

    public Guid DeclarationId { get; init; }

    public required string PartyId { get; init; }

    public required string Url { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }
}

internal sealed class SqliteDeclarationsDbContext(DbContextOptions<SqliteDeclarationsDbContext> options) : DeclarationsDbContext(options);

internal sealed class PostgresDeclarationsDbContext(DbContextOptions<PostgresDeclarationsDbContext> options) : DeclarationsDbContext(options);

internal sealed class SqliteDeclarationsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteDeclarationsDbContext>(DeclarationsDbContext.Tables);

internal sealed class PostgresDeclarationsDesignTimeFactory() : PostgresDesignTimeFactory<PostgresDeclarationsDbContext>(DeclarationsDbContext.Tables);
