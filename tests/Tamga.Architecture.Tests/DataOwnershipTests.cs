using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tamga.Platform.Persistence;

namespace Tamga.Architecture.Tests;

/// <summary>Each module owns its tables: every table of its context carries its prefix and schema, and maps only its own types.</summary>
public sealed class DataOwnershipTests
{
    public static TheoryData<string, string> Contexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in ProviderContexts())
        {
            data.Add(type.Assembly.GetName().Name!, type.FullName!);
        }

        return data;
    }

    private static IEnumerable<Type> ProviderContexts() =>
        TamgaAssemblies.All.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsAbstract && typeof(ModuleDbContext).IsAssignableFrom(t) && (t.Name.StartsWith("Sqlite", StringComparison.Ordinal) || t.Name.StartsWith("Postgres", StringComparison.Ordinal)));

    private static ModuleDbContext Create(string typeName)
    {
        var type = ProviderContexts().Single(t => t.FullName == typeName);
        var builderType = typeof(DbContextOptionsBuilder<>).MakeGenericType(type);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(builderType)!;
        if (type.Name.StartsWith("Sqlite", StringComparison.Ordinal))
        {
            builder.UseSqlite("Data Source=:memory:");
        }
        else
        {
            builder.UseNpgsql("Host=localhost;Database=unused");
        }

        return (ModuleDbContext)Activator.CreateInstance(type, builder.Options)!;
    }

    [Fact]
    public void EveryModuleWithData_HasBothProviders()
    {
        var names = ProviderContexts().Select(t => t.Name).ToList();
        Assert.All(names.Where(n => n.StartsWith("Sqlite", StringComparison.Ordinal)), n => Assert.Contains("Postgres" + n["Sqlite".Length..], names));
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void AModulesTables_CarryItsPrefixAndSchema_AndMapOnlyItsOwnTypes(string assembly, string context)
    {
        using var db = Create(context);
        var storage = db.Storage;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            Assert.StartsWith(storage.TablePrefix, entity.GetTableName(), StringComparison.Ordinal);
            if (!db.IsSqlite)
            {
                Assert.Equal(storage.Schema, entity.GetSchema());
            }

            var owner = entity.ClrType.Assembly.GetName().Name;
            Assert.True(owner == assembly || owner == "Tamga.Platform", $"{entity.ClrType.FullName} of {owner} is mapped by {assembly}");
        }
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void TablePrefixes_AreUniqueAcrossModules(string assembly, string context)
    {
        using var db = Create(context);
        var others = ProviderContexts().Where(t => t.FullName != context && t.Assembly.GetName().Name != assembly).Select(t => t.FullName!);
        foreach (var other in others)
        {
            using var otherDb = Create(other);
            Assert.NotEqual(db.Storage.TablePrefix, otherDb.Storage.TablePrefix);
        }
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void TheMigrations_MatchTheModel(string assembly, string context)
    {
        _ = assembly;
        using var db = Create(context);
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} has model changes without a migration: run scripts/add-migration.sh");
    }
}
