using Tamga.Declarations.Contracts;
using Tamga.Revenue.Calculation;
using Tamga.Tariff.Contracts;
using static Tamga.Revenue.Tests.Calculation.TestTable;

namespace Tamga.Revenue.Tests.Calculation;

/// <summary>
/// The national rules beyond a line's measures: reliefs, another territory's duty (Northern Ireland at risk), HS 2022
/// codes served by their HS 2017 line, preferences by origin, and excise on declared quantities.
/// </summary>
public sealed class NationalRulesTests
{
    private static readonly DateOnly Day = new(2024, 3, 1);

    private static readonly OtherTerritoryRule NorthernIreland = new(
        ["NIIMP", "NIDOM", "NIREM", "NIQUO"], ["NIQUO"], ["NIREM"], ["UKIM"], "EU duty instead of UK duty", "Windsor Framework, Article 5");

    private static (AssessStatus Status, TaxResult[] Lines) Run(MeasureTable table, ItemInput item)
    {
        var results = new TaxResult[DutyEngine.MaxTaxTypes];
        var status = DutyEngine.Assess(table, item, Day, CurrencyRates.None, results, out var count);
        return (status, results[..count]);
    }

    private static TaxResult Line(TaxResult[] lines, MeasureTable table, string type) => lines.Single(l => table.TaxTypes[l.TaxType].Code == type);

    private static MeasureTable DutyAndVat() =>
        new TestTable().Add("85109000", Duty, "103", [Percent(2m)]).Add("", Vat, "305", [Percent(20m)]).Build();

    [Fact]
    public void DutiesRelieved_AreAssessedAndWaived_ButStayInTheVatBase()
    {
        var table = DutyAndVat();
        var (status, lines) = Run(table, new ItemInput("8510900000", "US", 135m, null, null, null, [], Treatment: ItemTreatment.DutiesRelieved));
        Assert.Equal(AssessStatus.Assessed, status);
        var duty = Line(lines, table, "A00");
        Assert.Equal(0m, duty.Amount);
        Assert.Equal(2.70m, duty.Relieved);
        Assert.Equal(2m, duty.Rate);
        var vat = Line(lines, table, "B00");
        Assert.Equal(137.70m, vat.Base);
        Assert.Equal(27.54m, vat.Amount);
    }

    [Fact]
    public void VatRelieved_IsAssessedOnItsBaseAndWaived()
    {
        var table = DutyAndVat();
        var (_, lines) = Run(table, new ItemInput("8510900000", "US", 135m, null, null, null, [], Treatment: ItemTreatment.DutiesRelieved | ItemTreatment.VatRelieved));
        var vat = Line(lines, table, "B00");
        Assert.Equal(137.70m, vat.Base);
        Assert.Equal(0m, vat.Amount);
        Assert.Equal(27.54m, vat.Relieved);
    }

    [Fact]
    public void OtherTerritoryDuty_LeavesOutNationalCustomsAndAdditionalDuties_NotExcise()
    {
        var table = new TestTable()
            .Add("24039990", Duty, "103", [Percent(16m)])
            .Add("24039990", AntiDumping, "552", [Percent(10m)])
            .Add("", Excise, "X633", [new RateComponent(ComponentClause.Duty, ComponentKind.Specific, 325.53m, "GBP", "KGM", QuantityBasis.DeclaredTaxBase, 1m)], additionalCode: "X633")
            .Add("", Vat, "305", [Percent(20m)])
            .Build();
        var item = new ItemInput("2403999000", "US", 1000m, 100m, null, null, ["X633"], Treatment: ItemTreatment.OtherTerritoryDuty);
        var (status, lines) = Run(table, item);
        Assert.Equal(AssessStatus.Assessed, status);
        Assert.DoesNotContain(lines, l => table.TaxTypes[l.TaxType].Code is "A00" or "A30");
        Assert.Equal(32553.00m, Line(lines, table, "633").Amount); // 100 kg net mass, no DE 4/4 quantity
        Assert.Equal(33553.00m, Line(lines, table, "B00").Base);

        // Without the treatment the UK duties are back in, and in the VAT base.
        var (_, all) = Run(table, item with { Treatment = ItemTreatment.None });
        Assert.Equal(160m, Line(all, table, "A00").Amount);
        Assert.Equal(33553.00m + 160m + 100m, Line(all, table, "B00").Base);
    }

    [Fact]
    public void ExciseOnTheDeclaredTaxBase_WinsOverTheNetMass()
    {
        var table = new TestTable()
            .Add("", Excise, "X633", [new RateComponent(ComponentClause.Duty, ComponentKind.Specific, 325.53m, "GBP", "KGM", QuantityBasis.DeclaredTaxBase, 1m)], additionalCode: "X633")
            .Add("85437070", Duty, "103", [Percent(2m)])
            .Build();
        var (_, lines) = Run(table, new ItemInput("85437070", "US", 2000m, 10m, 5m, null, ["X633"], DeclaredTaxQuantity: 1m));
        Assert.Equal(325.53m, Line(lines, table, "633").Amount);
        Assert.Equal(1m, Line(lines, table, "633").Base);

        // Not declared with its additional code: no excise.
        var (_, none) = Run(table, new ItemInput("85437070", "US", 2000m, 10m, 5m, null, []));
        Assert.DoesNotContain(none, l => table.TaxTypes[l.TaxType].Code == "633");
    }

    [Fact]
    public void AlcoholDuty_PerLitreOfPureAlcohol_NeedsTheStrength()
    {
        var table = new TestTable()
            .Add("22041094", Duty, "103", [Percent(0m)])
            .Add("", Excise, "X333", [new RateComponent(ComponentClause.Duty, ComponentKind.Specific, 28.50m, "GBP", "LPA", QuantityBasis.PureAlcohol, 1m)], additionalCode: "X333")
            .Build();
        var item = new ItemInput("2204109400", "TN", 2000m, 100m, 85m, null, ["X333"], AlcoholStrength: 16m);
        var (status, lines) = Run(table, item);
        Assert.Equal(AssessStatus.Assessed, status);
        var excise = Line(lines, table, "633");
        Assert.Equal(13.6m, excise.Base);      // 85 litres at 16%
        Assert.Equal(387.60m, excise.Amount);
        Assert.Equal(AssessStatus.NotComputable, Run(table, item with { AlcoholStrength = null }).Status);
        Assert.Equal(AssessStatus.MissingSupplementaryUnits, Run(table, item with { SupplementaryUnits = null }).Status);
    }

    [Fact]
    public void Hs2022Code_IsServedByTheHs2017LineThatCoveredTheGoods_OnlyWhenTheTariffLacksIt()
    {
        var correlation = new CodeCorrelation("854340", "85437070", "e-cigarettes split off 8543.70", "WCO HS 2017-2022 correlation");
        var table = new TestTable()
            .Add("85437070", Duty, "103", [Percent(2m)])
            .Add("85437090", Duty, "103", [Percent(2.5m)])
            .Build(correlations: [correlation]);
        Assert.True(table.TryFindLine("8543400000", out var line));
        Assert.True(table.TryFindLine("85437070", out var direct));
        Assert.Equal(direct, line);
        Assert.Same(correlation, table.Correlation("8543400000"));
        Assert.Null(table.Correlation("8543709000")); // its own 8-digit line exists
        Assert.False(table.TryFindLine("8543300000", out _));

        var (_, lines) = Run(table, new ItemInput("8543400000", "US", 2000m, null, null, null, []));
        Assert.Equal(40m, Line(lines, table, "A00").Amount);
    }

    [Fact]
    public void CorrelationToALineNotInTheTable_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new TestTable().Add("85437070", Duty, "103", [Percent(2m)]).Build(correlations: [new CodeCorrelation("854340", "99999999", "", "")]));

    [Fact]
    public void PreferenceByOrigin_AppliesWhenClaimedForThatOrigin()
    {
        var table = new TestTable()
            .Add("40081100", Duty, "103", [Percent(2m)])
            .Add("", Duty, "142", [Percent(0m)], origin: "FR", preference: "300")
            .Add("", Vat, "305", [Percent(20m)])
            .Build();
        var (_, claimed) = Run(table, new ItemInput("4008110000", "FR", 342m, null, null, "300", []));
        Assert.Equal(0m, Line(claimed, table, "A00").Amount);
        Assert.Equal(342m, Line(claimed, table, "B00").Base);
        var (_, notClaimed) = Run(table, new ItemInput("4008110000", "FR", 342m, null, null, "100", []));
        Assert.Equal(6.84m, Line(notClaimed, table, "A00").Amount);
        var (_, otherOrigin) = Run(table, new ItemInput("4008110000", "US", 342m, null, null, "300", []));
        Assert.Equal(6.84m, Line(otherOrigin, table, "A00").Amount);
    }

    [Theory]
    [InlineData("NIIMP", "", true)]
    [InlineData("NIDOM", "UKIM", true)]
    [InlineData("NIIMP,NIREM", "", true)]        // not at risk only with the UK Internal Market Scheme authorisation
    [InlineData("NIIMP,NIREM", "CGU,UKIM", false)]
    [InlineData("NIIMP,NIQUO", "", false)]
    [InlineData("00500", "UKIM", false)]        // not a movement into Northern Ireland
    [InlineData("", "", false)]
    public void NorthernIrelandGoods_AreAtRiskUnlessDeclaredNotAtRisk(string codes, string authorisations, bool atRisk) =>
        Assert.Equal(atRisk, NorthernIreland.AtRisk(Split(codes), Split(authorisations)));

    [Fact]
    public void Assessor_AppliesAValueReliefWithinItsCeiling_AndSaysWhyNot()
    {
        var relief = new ValueRelief("C07", 135m, ItemTreatment.DutiesRelieved, "negligible value", "CDS Appendix 2, C07");
        var table = new TestTable().Add("85109000", Duty, "103", [Percent(2m)]).Build(reliefs: [relief], otherTerritory: NorthernIreland);
        var item = GoodsItem(["C07"], []);
        var declaration = Declaration(item, []);

        var (within, notes) = DeclarationAssessor.Treatment(table, declaration, item, 135m);
        Assert.Equal(ItemTreatment.DutiesRelieved, within);
        Assert.Contains(notes, n => n.Contains("CDS Appendix 2, C07", StringComparison.Ordinal));

        var (over, overNotes) = DeclarationAssessor.Treatment(table, declaration, item, 135.01m);
        Assert.Equal(ItemTreatment.None, over);
        Assert.Contains(overNotes, n => n.Contains("no relief", StringComparison.Ordinal));

        var niItem = GoodsItem(["000"], ["NIIMP", "NIREM"]);
        Assert.Equal(ItemTreatment.OtherTerritoryDuty, DeclarationAssessor.Treatment(table, Declaration(niItem, ["CGU"]), niItem, 1000m).Treatment);
        Assert.Equal(ItemTreatment.None, DeclarationAssessor.Treatment(table, Declaration(niItem, ["UKIM"]), niItem, 1000m).Treatment);
    }

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Split(',');

    private static GoodsItemFacts GoodsItem(string[] additionalProcedures, string[] information) =>
        new(1, "goods", "8510900000", "US", "4000", additionalProcedures, 2m, null, 135m, "GBP", ["100"], [])
        {
            AdditionalInformationCodes = information,
        };

    private static DeclarationFacts Declaration(GoodsItemFacts item, string[] authorisations) =>
        new(Guid.NewGuid(), "NEW-RELIEF", "IMA", "GB553202734852", null, null, null, null, null, "US", "GB", "1", "GBP", 135m, [item])
        {
            AuthorisationTypes = authorisations,
        };
}
