using Tamga.Declarations.Contracts;
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

    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
