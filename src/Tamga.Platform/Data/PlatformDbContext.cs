using Microsoft.EntityFrameworkCore;
using Tamga.Platform.Organisation;
using Tamga.Platform.Persistence;

namespace Tamga.Platform.Data;

/// <summary>The platform's own tables: users, parties and the office register.</summary>
public class PlatformDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public static readonly ModuleStorage Tables = new("platform", "platform", "plat_");

    public override ModuleStorage Storage => Tables;

    public DbSet<User> Users => Set<User>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Office> Offices => Set<Office>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>(user =>
        {
            user.ToTable("Users");
            user.HasKey(u => u.Id);
            user.Property(u => u.UserName).HasMaxLength(100);
            user.HasIndex(u => u.UserName).IsUnique();
            user.Property(u => u.PasswordHash).HasMaxLength(200);
            user.Property(u => u.Roles).HasMaxLength(200);
            user.Property(u => u.PartyId).HasMaxLength(17);
            user.Property(u => u.Offices).HasMaxLength(400);
            user.Property(u => u.Skills).HasMaxLength(200).HasDefaultValue("");
            user.Ignore(u => u.RoleList);
            user.Ignore(u => u.OfficeList);
            user.Ignore(u => u.SkillList);
        });
        modelBuilder.Entity<Party>(party =>
        {
            party.ToTable("Parties");
            party.HasKey(p => p.Id);
            party.Property(p => p.Id).HasMaxLength(17);
            party.Property(p => p.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<Office>(office =>
        {
            office.ToTable("Offices");
            office.HasKey(o => o.Code);
            office.Property(o => o.Code).HasMaxLength(8);
            office.Property(o => o.Name).HasMaxLength(200);
            office.Property(o => o.CountryCode).HasMaxLength(2);
            office.Property(o => o.SupervisingOfficeCode).HasMaxLength(8);
        });
    }
}

internal sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options);

internal sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options) : PlatformDbContext(options);

internal sealed class SqlitePlatformDesignTimeFactory() : SqliteDesignTimeFactory<SqlitePlatformDbContext>(PlatformDbContext.Tables);

internal sealed class PostgresPlatformDesignTimeFactory() : PostgresDesignTimeFactory<PostgresPlatformDbContext>(PlatformDbContext.Tables);
