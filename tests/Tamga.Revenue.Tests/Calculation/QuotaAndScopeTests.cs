using Tamga.Declarations.Contracts;
using Tamga.Revenue.Calculation;
using Tamga.Tariff.Contracts;
using static Tamga.Revenue.Tests.Calculation.TestTable;

namespace Tamga.Revenue.Tests.Calculation;

/// <summary>
/// Tariff quotas in the calculation (the allocation is its input: full, partial — the item splits — or nothing), additional
/// codes restricted to the goods the law lists (reduced-rate VAT), and the de minimis reporting flag, on hand-built tables.
/// </summary>
public sealed class QuotaAndScopeTests
{
    private static readonly DateOnly Day = new(2026, 5, 4);

    private static readonly TariffQuotaTerms Quota = new(
        "099001", ["3303"], ["MX"], ["320"], 4m, 1000m, "KGM", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), "test perfumes quota", "test quota regulation");

    private sealed class Fixed(MeasureTable table) : IMeasuresInForce
    {
        public MeasureTable Current => table;
    }

    private static MeasureTable Table(ReportingThreshold? threshold = null) => new TestTable()
        .Add("33030010", Duty, "103", [Percent(10m)])
        .Add("", Duty, "143", [Percent(Quota.InQuotaRate)], quotaOrder: Quota.OrderNumber, from: Quota.PeriodStart, to: Quota.PeriodEnd)
        .Add("", Vat, "305", [Percent(20m)])
        .Add("", Vat, "305", [Percent(5m)], additionalCode: "VATR")
        .Build(
            quotas: [Quota],
            scopes: [new AdditionalCodeScope("VATR", "940120", new DateOnly(2001, 7, 1), null, "children's car seats", "Sch. 7A, Group 5")],
            threshold: threshold);

    private static DeclarationFacts Declaration(decimal value, decimal netMass, string origin = "MX", string? order = "099001") =>
        new(Guid.NewGuid(), "QUOTA-1", "IMA", "GB553202734852", null, null, null, null, null, origin, "GB", "1", "GBP", value,
        [
            new GoodsItemFacts(1, "perfume", "3303001000", origin, "4000", ["000"], netMass, null, value, "GBP", ["320"], [])
            {
                ValuationMethod = "1",
                DeclaredTaxes = [new DeclaredTaxFact("A00", "320", order, null, null, null, "E")],
            },
        ]);

    [Fact]
    public void PartialAllocation_SplitsTheItem_QuotaPartAtTheInQuotaRate_RemainderAtTheNormalRate()
    {
        var assessor = new DeclarationAssessor(new Fixed(Table()));
        var allocation = new QuotaAllocation("099001", 2000m, 500m, "KGM", "partial allocation");
        var item = assessor.Assess(Declaration(1000m, 2000m), Day, new Dictionary<int, QuotaAllocation> { [1] = allocation }).Items[0];

        Assert.Null(item.Error);
        Assert.Same(allocation, item.QuotaSplit);
        var quota = item.Lines.Where(l => l.Quota == "099001").ToList();
        Assert.Equal(250m, quota.Single(l => l.TaxType == "A00").Base);    // a quarter of the value
        Assert.Equal(10.00m, quota.Single(l => l.TaxType == "A00").Amount); // 4%
        Assert.Equal(260.00m, quota.Single(l => l.TaxType == "B00").Base);
        var remainder = item.Lines.Where(l => l.Quota is null).ToList();
        Assert.Equal(750m, remainder.Single(l => l.TaxType == "A00").Base);
        Assert.Equal(75.00m, remainder.Single(l => l.TaxType == "A00").Amount); // 10%
        Assert.Equal(825.00m, remainder.Single(l => l.TaxType == "B00").Base);
        Assert.Contains(item.Notes, n => n.Contains("500 of 2000 KGM", StringComparison.Ordinal));
    }

    [Fact]
    public void FullAllocation_PutsTheWholeItemInQuota_AndNothingAllocated_LeavesTheNormalRate()
    {
        var assessor = new DeclarationAssessor(new Fixed(Table()));
        var full = assessor.Assess(Declaration(1000m, 400m), Day, new Dictionary<int, QuotaAllocation> { [1] = new("099001", 400m, 400m, "KGM", "in full") }).Items[0];
        Assert.All(full.Lines, l => Assert.Equal("099001", l.Quota));
        Assert.Equal(40.00m, full.Lines.Single(l => l.TaxType == "A00").Amount);

        var exhausted = assessor.Assess(Declaration(1000m, 400m), Day, new Dictionary<int, QuotaAllocation> { [1] = new("099001", 400m, 0m, "KGM", "quota exhausted") }).Items[0];
        Assert.Null(exhausted.QuotaSplit);
        Assert.All(exhausted.Lines, l => Assert.Null(l.Quota));
        Assert.Equal(100.00m, exhausted.Lines.Single(l => l.TaxType == "A00").Amount);
        Assert.Contains(exhausted.Notes, n => n.Contains("exhausted", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAnAllocation_TheVolumeOfAFreshBalanceIsAllocated_OnlyForCoveredGoodsAndOrigins()
    {
        var assessor = new DeclarationAssessor(new Fixed(Table()));

        // 1,500 kg asked of a 1,000 kg quota: two thirds in quota.
        var split = assessor.Assess(Declaration(1500m, 1500m), Day).Items[0];
        Assert.Equal(1000m, split.QuotaSplit!.Allocated);
        Assert.Equal(1000m, split.Lines.Single(l => l.Quota is not null && l.TaxType == "A00").Base);
        Assert.Equal(500m, split.Lines.Single(l => l.Quota is null && l.TaxType == "A00").Base);

        // An origin the quota does not cover, and an order number the tariff does not hold: the normal rate, with a note.
        foreach (var declaration in new[] { Declaration(1000m, 100m, origin: "US"), Declaration(1000m, 100m, order: "099999") })
        {
            var item = assessor.Assess(declaration, Day).Items[0];
            Assert.Null(item.QuotaSplit);
            Assert.Equal(100.00m, item.Lines.Single(l => l.TaxType == "A00").Amount);
            Assert.Contains(item.Notes, n => n.Contains("nothing was allocated", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheQuotaMeasure_AppliesOnlyToTheQuotaPart()
    {
        var table = Table();
        var results = new TaxResult[DutyEngine.MaxTaxTypes];
        var item = new ItemInput("3303001000", "MX", 100m, 10m, null, "320", []);
        DutyEngine.Assess(table, item, Day, CurrencyRates.None, results, out var count);
        Assert.Equal(10m, results[..count].Single(r => table.TaxTypes[r.TaxType].Code == "A00").Rate);
        DutyEngine.Assess(table, item with { QuotaOrder = "099001" }, Day, CurrencyRates.None, results, out count);
        Assert.Equal(4m, results[..count].Single(r => table.TaxTypes[r.TaxType].Code == "A00").Rate);
    }

    [Fact]
    public void ARestrictedAdditionalCode_AppliesOnlyToTheListedGoods()
    {
        var table = Table();
        Assert.Equal(ScopeVerdict.Listed, table.ScopeOf("VATR", "9401200000", Day).Verdict);
        Assert.Equal(ScopeVerdict.NotListed, table.ScopeOf("VATR", "9207901000", Day).Verdict);
        Assert.Equal(ScopeVerdict.NotListed, table.ScopeOf("VATR", "9401200000", new DateOnly(2000, 1, 1)).Verdict); // before the group existed
        Assert.Equal(ScopeVerdict.Unrestricted, table.ScopeOf("VATZ", "9207901000", Day).Verdict);

        var declaration = Declaration(1000m, 10m, order: null);
        var assessor = new DeclarationAssessor(new Fixed(table));
        var perfume = assessor.Assess(declaration with { Items = [declaration.Items[0] with { AdditionalCodes = ["VATR"] }] }, Day).Items[0];
        Assert.Equal(20m, perfume.Lines.Single(l => l.TaxType == "B00").Rate);
        Assert.Contains(perfume.Notes, n => n.Contains("VATR", StringComparison.Ordinal) && n.Contains("not among the goods", StringComparison.Ordinal));
    }

    [Fact]
    public void AConsignmentBelowTheReportingThreshold_IsFlagged_AndStillAssessed()
    {
        var assessor = new DeclarationAssessor(new Fixed(Table(new ReportingThreshold(873m, "low-value consignment", "test statistics rule"))));
        var low = assessor.Assess(Declaration(872.99m, 10m, order: null), Day);
        Assert.True(low.LowValue);
        Assert.Contains(low.Notes, n => n.Contains("873.00", StringComparison.Ordinal));
        Assert.Equal(87.29m, low.Items[0].Lines.Single(l => l.TaxType == "A00").Amount);
        Assert.False(assessor.Assess(Declaration(873m, 10m, order: null), Day).LowValue);
    }
}
