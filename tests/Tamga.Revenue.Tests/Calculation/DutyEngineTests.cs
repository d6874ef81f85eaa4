using Tamga.Revenue.Calculation;
using Tamga.Tariff.Contracts;
using static Tamga.Revenue.Tests.Calculation.TestTable;

namespace Tamga.Revenue.Tests.Calculation;

public sealed class DutyEngineTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    private static (AssessStatus Status, TaxResult[] Lines) Run(MeasureTable table, ItemInput item, DateOnly? date = null, CurrencyRates? rates = null)
    {
        var results = new TaxResult[DutyEngine.MaxTaxTypes];
        var status = DutyEngine.Assess(table, item, date ?? Day, rates ?? CurrencyRates.None, results, out var count);
        return (status, results[..count]);
    }

    private static ItemInput Item(string code = "12345678", decimal value = 1000m, decimal? mass = null, decimal? units = null, string origin = "US", string? preference = null, params string[] codes) =>
        new(code, origin, value, mass, units, preference, codes);

    private static TaxResult Line(TaxResult[] lines, MeasureTable table, string type) => lines.Single(l => table.TaxTypes[l.TaxType].Code == type);

    [Fact]
    public void AdValoremDuty_ThenVatOnValuePlusDuty_RoundedDownToThePenny()
    {
        var table = new TestTable().Add("12345678", Duty, "103", [Percent(2.7m)]).Add("", Vat, "305", [Percent(20m)]).Build();
        var (status, lines) = Run(table, Item(value: 1234.56m));
        Assert.Equal(AssessStatus.Assessed, status);
        Assert.Equal(33.33m, Line(lines, table, "A00").Amount); // 33.33312
        var vat = Line(lines, table, "B00");
        Assert.Equal(1267.89m, vat.Base);
        Assert.Equal(253.57m, vat.Amount); // 253.578 rounded down
    }

    [Fact]
    public void SpecificDuty_UsesNetMassPerHundredKilograms_AndNeedsIt()
    {
        var table = new TestTable().Add("12345678", Duty, "103", [PerHundredKg(77m)]).Build();
        var (_, lines) = Run(table, Item(mass: 250m));
        var duty = Assert.Single(lines);
        Assert.Equal(RateKind.Specific, duty.Kind);
        Assert.Equal(2.5m, duty.Base);
        Assert.Equal(192.50m, duty.Amount);
        Assert.Equal(AssessStatus.MissingNetMass, Run(table, Item()).Status);
    }

    [Fact]
    public void CompoundDuty_WithMinimumAndMaximum_IsClamped()
    {
        var table = new TestTable().Add("12345678", Duty, "103", [Percent(10m), PerHundredKg(5m, clause: ComponentClause.Minimum), PerHundredKg(20m, clause: ComponentClause.Maximum)]).Build();
        Assert.Equal(50m, Run(table, Item(value: 100m, mass: 1000m)).Lines[0].Amount);   // 10 < min 50
        Assert.Equal(60m, Run(table, Item(value: 600m, mass: 1000m)).Lines[0].Amount);   // within
        Assert.Equal(200m, Run(table, Item(value: 5000m, mass: 1000m)).Lines[0].Amount); // 500 > max 200
        Assert.Equal(RateKind.Compound, Run(table, Item(value: 600m, mass: 1000m)).Lines[0].Kind);
    }

    [Fact]
    public void ForeignCurrencyRate_IsConvertedAtTheRateGiven_OrRefused()
    {
        var table = new TestTable().Add("12345678", Duty, "103", [PerHundredKg(10m, "EUR")]).Build();
        Assert.Equal(AssessStatus.NoExchangeRate, Run(table, Item(mass: 100m)).Status);
        var (_, lines) = Run(table, Item(mass: 100m), rates: new CurrencyRates(["EUR"], [0.85m]));
        Assert.Equal(8.50m, lines[0].Amount);
    }

    [Fact]
    public void DeclaredAdditionalCode_SelectsItsRate_OverTheDefault()
    {
        var table = new TestTable()
            .Add("", Vat, "305", [Percent(20m)])
            .Add("", Vat, "305", [Percent(0m)], additionalCode: "VATZ")
            .Add("", Vat, "305", [Percent(5m)], additionalCode: "VATR")
            .Add("12345678", Duty, "103", [Percent(0m)])
            .Build();
        Assert.Equal(200m, Line(Run(table, Item()).Lines, table, "B00").Amount);
        Assert.Equal(0m, Line(Run(table, Item(codes: "VATZ")).Lines, table, "B00").Amount);
        Assert.Equal(50m, Line(Run(table, Item(codes: ["X123", "VATR"])).Lines, table, "B00").Amount);
    }

    [Fact]
    public void ClaimedPreferenceForTheOrigin_Applies_OtherwiseTheThirdCountryRate()
    {
        var table = new TestTable()
            .Add("12345678", Duty, "103", [Percent(12m)])
            .Add("12345678", Duty, "142", [Percent(0m)], origin: "MX", preference: "300")
            .Build();
        Assert.Equal(0m, Run(table, Item(origin: "MX", preference: "300")).Lines[0].Amount);
        Assert.Equal(120m, Run(table, Item(origin: "MX", preference: "100")).Lines[0].Amount);
        Assert.Equal(120m, Run(table, Item(origin: "US", preference: "300")).Lines[0].Amount);
    }

    [Fact]
    public void DatesAndSeasons_DecideWhichRateIsInForce()
    {
        var table = new TestTable()
            .Add("12345678", Duty, "103", [Percent(8m)], to: new DateOnly(2020, 12, 31))
            .Add("12345678", Duty, "103", [Percent(6m)], from: new DateOnly(2021, 1, 1), seasons: [(1201, 331)])
            .Add("12345678", Duty, "103", [Percent(10m)], from: new DateOnly(2021, 1, 1), seasons: [(401, 1130)])
            .Build();
        Assert.Equal(80m, Run(table, Item(), new DateOnly(2020, 6, 1)).Lines[0].Amount);
        Assert.Equal(60m, Run(table, Item(), new DateOnly(2024, 2, 29)).Lines[0].Amount);
        Assert.Equal(100m, Run(table, Item(), new DateOnly(2024, 7, 1)).Lines[0].Amount);
    }

    [Fact]
    public void AdditionalDuty_IsItsOwnLine_AndInTheVatBase()
    {
        var table = new TestTable()
            .Add("12345678", Duty, "103", [Percent(5m)])
            .Add("12345678", AntiDumping, "552", [Percent(10.005m)], origin: "CN")
            .Add("", Vat, "305", [Percent(20m)])
            .Build();
        var (_, lines) = Run(table, Item(value: 100m, origin: "CN"));
        Assert.Equal(10.01m, Line(lines, table, "A30").Amount); // half up for this tax type
        Assert.Equal(115.01m, Line(lines, table, "B00").Base);
        Assert.Equal(2, Run(table, Item(value: 100m, origin: "US")).Lines.Length);
    }

    [Fact]
    public void UnknownCommodity_IsReported_NotGuessed()
    {
        var table = new TestTable().Add("12345678", Duty, "103", [Percent(2m)]).Build();
        Assert.Equal(AssessStatus.CommodityNotInTariff, Run(table, Item(code: "99999999")).Status);
        Assert.Equal(AssessStatus.Assessed, Run(table, Item(code: "1234567890")).Status); // a 10-digit code on an 8-digit line
    }

    [Fact]
    public void AssessingAnItem_AllocatesNothing()
    {
        var table = new TestTable().Add("12345678", Duty, "103", [Percent(10m), PerHundredKg(5m)]).Add("", Vat, "305", [Percent(20m)]).Add("", Vat, "305", [Percent(0m)], additionalCode: "VATZ").Build();
        var results = new TaxResult[DutyEngine.MaxTaxTypes];
        var item = Item(code: "1234567800", mass: 10m, codes: "VATZ");
        DutyEngine.Assess(table, item, Day, CurrencyRates.None, results, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            DutyEngine.Assess(table, item, Day, CurrencyRates.None, results, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
