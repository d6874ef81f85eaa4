using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tamga.Declarations.Contracts;
using Tamga.Risk.Data;
using Tamga.Risk.Parties;
using Tamga.Risk.Selectivity;

namespace Tamga.Risk.Tests;

public sealed class ValuationHistoryTests
{
    private static DeclarationFacts Declaration(decimal value, decimal netMassKg, string commodity = "6403990000", string origin = "VN", Guid? id = null) =>
        new(id ?? Guid.CreateVersion7(), "LRN", "IMA", "GB123456789000", null, "GB123456789000", null, "GBLHR001", null, origin, "GB", "1", "GBP", value,
        [
            new GoodsItemFacts(1, "Leather shoes", commodity, origin, "4000", [], netMassKg, null, value, "GBP", [], []),
        ]);

    [Fact]
    public void AUnitValueFarBelowItsHistory_IsFlagged_WithTheReferenceValues()
    {
        var history = new ValuationHistory(minimumHistory: 20, flagBelowDeviations: 2.5, TimeProvider.System);
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            // About 40 per kg, spread ±30 %.
            var perKg = 40m * (decimal)(0.7 + (0.6 * random.NextDouble()));
            Assert.Empty(history.Assess(Declaration(perKg * 100m, 100m)));
        }

        var flags = history.Assess(Declaration(300m, 100m));
        var flag = Assert.Single(flags);
        Assert.Contains("item 1 declares 3 per kg", flag, StringComparison.Ordinal);
        Assert.Contains("usual for HS 640399 from VN is 3", flag, StringComparison.Ordinal); // ≈ 39 per kg
        Assert.Contains("200 declarations", flag, StringComparison.Ordinal);

        // The same goods from another origin, and a normal value, are not flagged.
        Assert.Empty(history.Assess(Declaration(300m, 100m, origin: "IT")));
        Assert.Empty(history.Assess(Declaration(3900m, 100m)));
    }

    [Fact]
    public void TooLittleHistory_FlagsNothing_AndAssessingAgainDoesNotCountTwice()
    {
        var history = new ValuationHistory(minimumHistory: 20, flagBelowDeviations: 2.5, TimeProvider.System);
        var again = Declaration(4000m, 100m);
        for (var i = 0; i < 30; i++)
        {
            history.Assess(again);
        }

        Assert.Equal(1, history.Reference("640399", "VN")!.Value.Count);
        for (var i = 0; i < 10; i++)
        {
            history.Assess(Declaration(4000m + i, 100m));
        }

        Assert.Empty(history.Assess(Declaration(10m, 100m)));

        // Lodged over an hour ago (UUID v7 time): assessed again after a change of criteria, not counted.
        var old = Guid.CreateVersion7(DateTimeOffset.UtcNow.AddHours(-2));
        history.Assess(Declaration(4000m, 100m, id: old));
        Assert.Equal(12, history.Reference("640399", "VN")!.Value.Count);
    }

    [Fact]
    public void ADeclarationAssessedAgainWithinTheHour_IsCountedOnce_AcrossTheForgettingOfOlderOnes()
    {
        var clock = new SteppedClock(DateTimeOffset.UtcNow);
        var history = new ValuationHistory(minimumHistory: 20, flagBelowDeviations: 2.5, clock);
        var first = Guid.CreateVersion7(clock.GetUtcNow());
        history.Assess(Declaration(4000m, 100m, id: first));
        var previous = first;
        for (var step = 1; step <= 12; step++)
        {
            clock.Now = clock.Now.AddMinutes(10); // the remembered generations turn over at 60 and 120 minutes
            var lodged = Guid.CreateVersion7(clock.GetUtcNow());
            history.Assess(Declaration(4000m, 100m, id: lodged));
            history.Assess(Declaration(4000m, 100m, id: lodged));
            history.Assess(Declaration(4000m, 100m, id: previous)); // assessed again ten minutes later
            history.Assess(Declaration(4000m, 100m, id: first));
            previous = lodged;
        }

        Assert.Equal(13, history.Reference("640399", "VN")!.Value.Count);
    }

    [Fact]
    public void AnImporterFarBelowItsOwnPast_IsFlaggedWithItsOwnReference_EvenWithinTheMarketsSpread()
    {
        var history = new ValuationHistory(new ValuationSettings(MinimumHistory: 20, FlagBelowDeviations: 2.5, ImporterMinimumHistory: 5), TimeProvider.System);
        var importer = new ValuationImporter(Guid.NewGuid(), "PTY-000007");
        var other = new ValuationImporter(Guid.NewGuid(), "PTY-000008");
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            // The market: 5 to 50 per kg.
            var perKg = 5m + (45m * (decimal)random.NextDouble());
            history.Assess(Declaration(perKg * 100m, 100m), new ValuationImporter(Guid.NewGuid(), "PTY-1" + i));
        }

        for (var i = 0; i < 10; i++)
        {
            // This importer's own past: about 40 per kg.
            Assert.Empty(history.Assess(Declaration((3900m + (i * 20m)) * 1m, 100m), importer));
        }

        // 12 per kg lies within the market's spread, but far below what this importer usually declares.
        var flag = Assert.Single(history.Assess(Declaration(1200m, 100m), importer));
        Assert.Contains("item 1 declares 12 per kg, the importer's own usual for HS 640399 from VN is 39", flag, StringComparison.Ordinal);
        Assert.Contains("10 of its declarations, party PTY-000007", flag, StringComparison.Ordinal);

        // Another importer with no past of its own is judged against the market only.
        Assert.Empty(history.Assess(Declaration(1200m, 100m), other));

        // Far below both: both reasons, each with its own reference values.
        var both = history.Assess(Declaration(100m, 100m), importer);
        Assert.Equal(2, both.Count);
        Assert.Contains(both, f => f.Contains("usual for HS 640399 from VN is", StringComparison.Ordinal) && f.Contains("212 declarations", StringComparison.Ordinal));
        Assert.Contains(both, f => f.Contains("the importer's own usual", StringComparison.Ordinal) && f.Contains("11 of its declarations", StringComparison.Ordinal));
        Assert.Equal(12, history.Reference("640399", "VN", importer.PartyId)!.Value.Count);
    }

    [Fact]
    public void BeyondTheWindow_TheUsualValueFollowsPrices_AndEachHistoryStaysFourNumbers()
    {
        var history = new ValuationHistory(new ValuationSettings(MinimumHistory: 20, FlagBelowDeviations: 2.5, Window: 50), TimeProvider.System);
        for (var i = 0; i < 500; i++)
        {
            history.Assess(Declaration(4000m + (i % 7), 100m));
        }

        for (var i = 0; i < 500; i++)
        {
            history.Assess(Declaration(8000m + (i % 7), 100m));
        }

        var reference = history.Reference("640399", "VN")!.Value;
        Assert.Equal(1000, reference.Count);
        Assert.InRange(reference.UsualPerKg, 79, 81);
        Assert.Equal(1, history.Keys);
    }

    [Fact]
    public async Task TheHistories_AreWrittenBehind_AndANewInstanceReadsThemBack()
    {
        var folder = Directory.CreateTempSubdirectory("tamga-risk-valuation-").FullName;
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "risk.db"), Pooling = false }.ToString();
        var services = new ServiceCollection();
        services.AddDbContext<SqliteRiskDbContext>(o => o.UseSqlite(connection, s => s.MigrationsHistoryTable(RiskDbContext.Tables.MigrationsTable)));
        services.AddScoped<RiskDbContext>(sp => sp.GetRequiredService<SqliteRiskDbContext>());
        await using var provider = services.BuildServiceProvider();
        try
        {
            await using (var scope = provider.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<SqliteRiskDbContext>().Database.MigrateAsync();
            }

            var scopes = provider.GetRequiredService<IServiceScopeFactory>();
            var store = new PartyStore(scopes, NullLogger<PartyStore>.Instance);
            var settings = new ValuationSettings(MinimumHistory: 20, FlagBelowDeviations: 2.5, ImporterMinimumHistory: 5);
            var importer = new ValuationImporter(Guid.NewGuid(), "PTY-000003");
            var before = new ValuationHistory(settings, TimeProvider.System, store);
            for (var i = 0; i < 25; i++)
            {
                before.Assess(Declaration(3900m + (i * 10m), 100m), importer);
            }

            await store.FlushAsync(CancellationToken.None);
            before.Assess(Declaration(4000m, 100m, origin: "IT"));
            await store.FlushAsync(CancellationToken.None);

            // As at the next start: a new instance reads what was written.
            var after = new ValuationHistory(settings, TimeProvider.System, store);
            await after.LoadAsync(scopes, CancellationToken.None);
            Assert.Equal(3, after.Keys);
            Assert.Equal(1, after.ImporterKeys);
            Assert.Equal(before.Reference("640399", "VN"), after.Reference("640399", "VN"));
            Assert.Equal(25, after.Reference("640399", "VN", importer.PartyId)!.Value.Count);
            Assert.Equal(1, after.Reference("640399", "IT")!.Value.Count);
            var flags = after.Assess(Declaration(300m, 100m), importer);
            Assert.Equal(2, flags.Count);
            Assert.Contains(flags, f => f.Contains("25 declarations", StringComparison.Ordinal));
            Assert.Contains(flags, f => f.Contains("25 of its declarations, party PTY-000003", StringComparison.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
