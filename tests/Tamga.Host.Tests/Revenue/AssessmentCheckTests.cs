using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Revenue.AssessCommand;
using Tamga.Revenue.Calculation;

namespace Tamga.Host.Tests.Revenue;

/// <summary>
/// The assessment against the DMSTAX lines of the WCO DEC-DMS samples (the same check as <c>assess --check</c>), and the
/// duty port on lodging. The matched sets are pinned: a change that loses a line, or gains one, shows here.
/// </summary>
public sealed class AssessmentCheckTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private static readonly string[] ThirdCountryDutyMatched =
    [
        "TT_IM001a/1", "TT_IM001c/1", "TT_IM013a/1", "TT_IM017a/1", "TT_IM017a/3", "TT_IM017b/2", "TT_IM065a/2", "TT_IM080a/1",
        "TT_IM082a/1", "TT_IM095a/1", "TT_IM097a/1", "TT_IM146a/1", "TT_IM181a/1", "TT_IM189a/1", "TT_IM190a/1", "TT_IM223a/1",
    ];

    private static readonly string[] StandardVatMatched =
    [
        "TT_IM001a/1", "TT_IM001c/1", "TT_IM017a/1", "TT_IM017a/3", "TT_IM017b/2", "TT_IM033a/1", "TT_IM039a/1", "TT_IM039b/1",
        "TT_IM054a/1", "TT_IM055a/1", "TT_IM060a/1", "TT_IM065a/2", "TT_IM080a/1", "TT_IM095a/1", "TT_IM110a/1", "TT_IM115a/2",
        "TT_IM116a/1", "TT_IM129a/1", "TT_IM157a/1", "TT_IM181a/1", "TT_IM189a/1", "TT_IM190a/1", "TT_IM224a/1", "TT_IM225a/1",
        "TT_IM226a/1", "TT_IM227a/1",
    ];

    private CheckReport Run() =>
        ActivatorUtilities.CreateInstance<AssessmentCheck>(factory.Services).Run(Samples.Folder, null);

    private static string[] Matched(CheckReport report, string category) =>
        report.Lines.Where(l => l.Category == category && l.Matched).Select(l => $"{l.Scenario}/{l.Item}").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void ThirdCountryDuty_EveryLineWithADeclaredItemInTheTariff_MatchesToThePenny()
    {
        var report = Run();
        Assert.Equal(ThirdCountryDutyMatched, Matched(report, CheckReport.ThirdCountryDuty));

        // The one miss: goods the declaration marks as entering Northern Ireland at risk (NIIMP without NIREM), on which
        // the rule lays the EU duty, while the sample's DMSTAX charges the UK duty (other samples with the same codes do not).
        var misses = report.Lines.Where(l => l.Category == CheckReport.ThirdCountryDuty && !l.Matched && !l.Excluded).ToList();
        Assert.Equal(["TT_IM098a/1"], misses.Select(m => $"{m.Scenario}/{m.Item}"));
        Assert.Contains("Northern Ireland", misses[0].Reason, StringComparison.Ordinal);

        // The amended declaration is assessed as amended (item price 1000 → 999), and the check says so.
        Assert.Contains(report.Amendments, a => a.Scenario == "TT_IM082a" && a.Change.Applied && a.Change.Description.Contains("999", StringComparison.Ordinal));
        Assert.Contains(report.Lines, l => l.Scenario == "TT_IM082a" && l.TaxType == "A00" && l.Matched && l.Reason.Contains("as amended", StringComparison.Ordinal));

        // The remainder of a quota split is matched at the normal rate with the allocation the DMSTAX shows (quota part
        // of value 280 of 1400); the quota part misses: the quota's in-quota rate is not in the loaded tariff.
        Assert.Contains(report.Lines, l => l.Scenario == "TT_IM065a" && l.Item == 2 && l.TaxType == "A00" && l.Matched && l.Reason.Contains("remainder", StringComparison.Ordinal));
        Assert.Contains(report.Lines, l => l.Scenario == "TT_IM065a" && l.Item == 1 && l.TaxType == "A00" && !l.Matched && l.Reason.Contains("051867", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckTotals_AreAtLeastThoseReached_AndOnlyTheScenarioWithoutADeclarationIsExcluded()
    {
        var report = Run();
        Assert.True(report.Matched(CheckReport.ThirdCountryDuty) >= 16, $"A00 third-country: {report.Matched(CheckReport.ThirdCountryDuty)} of {report.Total(CheckReport.ThirdCountryDuty)}");
        Assert.Equal(17, report.Total(CheckReport.ThirdCountryDuty));
        Assert.True(report.Matched(CheckReport.StandardVat) >= 26, $"B00 at 20%: {report.Matched(CheckReport.StandardVat)} of {report.Total(CheckReport.StandardVat)}");
        Assert.Equal(31, report.Total(CheckReport.StandardVat));
        Assert.True(report.Matched(CheckReport.Other) >= 25, $"other: {report.Matched(CheckReport.Other)} of {report.Total(CheckReport.Other)}");
        Assert.All(report.Lines.Where(l => l.Excluded), l => Assert.Equal("Example_DMS_notifications", l.Scenario));
        Assert.Equal(1, report.Excluded(CheckReport.ThirdCountryDuty));
    }

    [Fact]
    public void StandardRateVat_OnValuePlusDuty_MatchesToThePenny()
    {
        var report = Run();
        Assert.Equal(StandardVatMatched, Matched(report, CheckReport.StandardVat));
        Assert.All(report.Lines.Where(l => !l.Matched), l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
    }

    [Fact]
    public void ADeclarationNeverSeen_IsAssessedByTheSameRules()
    {
        // Not a sample: two items, a specific duty, a zero-rated item and header costs to apportion.
        var facts = new DeclarationFacts(
            Guid.NewGuid(), "NEW-0001", "IMA", "GB553202734852", null, null, null, null, null, "AR", "GB", "1", "GBP", 3000m,
            [
                Item(1, "0102291000", "AR", 1000m, netMass: 200m),
                Item(2, "8510900000", "US", 2000m) with { AdditionalCodes = [] },
            ])
        {
            Charges = [new ChargeFact("AK", 300m, "GBP")],
        };
        var assessment = factory.Services.GetRequiredService<DeclarationAssessor>().Assess(facts, new DateOnly(2024, 6, 1));
        var cattle = assessment.Items[0];
        Assert.Equal(1100m, cattle.CustomsValue); // 1000 + a third of 300
        Assert.Equal(264.00m, cattle.Lines.Single(l => l.TaxType == "A00").Amount); // 10% of 1100 + 2 × 77
        Assert.Equal(0m, cattle.Lines.Single(l => l.TaxType == "B00").Amount);     // VATZ
        var shavers = assessment.Items[1];
        Assert.Equal(2200m, shavers.CustomsValue);
        Assert.Equal(44.00m, shavers.Lines.Single(l => l.TaxType == "A00").Amount);
        Assert.Equal(448.80m, shavers.Lines.Single(l => l.TaxType == "B00").Amount); // 20% of 2244
        Assert.Equal(756.80m, assessment.TotalDue);
    }

    [Fact]
    public async Task ADeclarationWithDutiesDue_AwaitsPayment_WithItsLines()
    {
        using var trader = await factory.ClientForAsync("trader");
        var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("DUE-0001", commodity: "8510900000", nationalAdditionalCode: null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("AwaitingPayment", body.GetProperty("status").GetString());
        var duties = body.GetProperty("duties");
        Assert.True(duties.GetProperty("assessed").GetBoolean());
        Assert.False(duties.GetProperty("paidOrSecured").GetBoolean());
        Assert.Equal(224.00m, duties.GetProperty("total").GetDecimal());
        Assert.Equal("GBP", duties.GetProperty("currency").GetString());
        var lines = duties.GetProperty("lines").EnumerateArray().ToList();
        Assert.Contains(lines, l => l.GetProperty("TaxType").GetString() == "A00" && l.GetProperty("Amount").GetDecimal() == 20.00m);
        Assert.Contains(lines, l => l.GetProperty("TaxType").GetString() == "B00" && l.GetProperty("Amount").GetDecimal() == 204.00m);
    }

    [Fact]
    public void ADeclarationNeverSeen_GetsTheNationalRules_ReliefPreferenceExciseNorthernIrelandAndHs2022()
    {
        var facts = new DeclarationFacts(
            Guid.NewGuid(), "NEW-0002", "IMA", "GB553202734852", null, null, null, null, null, "FR", "GB", "1", "GBP", 7100m,
            [
                Item(1, "4008110000", "FR", 1000m) with { AdditionalCodes = [], PreferenceCodes = ["300"] },              // UK-EU TCA: 0%
                Item(2, "8543400000", "CN", 3000m) with { AdditionalCodes = [] },                                          // HS 2022 e-cigarettes: 8543 70 70, 2%
                Item(3, "2204219511", "US", 2000m) with { AdditionalCodes = ["X413"], SupplementaryUnits = 500m },          // still wine, 5 hl
                Item(4, "9503004100", "US", 1100m) with { AdditionalCodes = [], AdditionalInformationCodes = ["NIIMP"] },    // NI at risk
            ]);
        var assessor = factory.Services.GetRequiredService<DeclarationAssessor>();
        var assessment = assessor.Assess(facts, new DateOnly(2023, 6, 1));
        var eu = assessment.Items[0];
        Assert.Equal(0m, eu.Lines.Single(l => l.TaxType == "A00").Amount);
        Assert.Equal(1000m, eu.Lines.Single(l => l.TaxType == "B00").Base);
        var ecig = assessment.Items[1];
        Assert.Equal(60.00m, ecig.Lines.Single(l => l.TaxType == "A00").Amount);
        Assert.Contains(ecig.Notes, n => n.Contains("85437070", StringComparison.Ordinal));
        var wine = assessment.Items[2];
        Assert.Equal(1487.85m, wine.Lines.Single(l => l.TaxType == "413").Amount); // 5 hl at 297.57
        var wineDuty = wine.Lines.Single(l => l.TaxType == "A00").Amount;
        Assert.Equal(2000m + wineDuty + 1487.85m, wine.Lines.Single(l => l.TaxType == "B00").Base);
        var toys = assessment.Items[3];
        Assert.DoesNotContain(toys.Lines, l => l.TaxType == "A00");
        Assert.Equal(1100m, toys.Lines.Single(l => l.TaxType == "B00").Base);

        // After 31 July 2023 the per-hectolitre wine duty is no longer in force.
        Assert.DoesNotContain(assessor.Assess(facts, new DateOnly(2023, 9, 1)).Items[2].Lines, l => l.TaxType == "413");

        // A negligible-value consignment (C07, at most GBP 135): the duty is relieved, the VAT base keeps it.
        var small = new DeclarationFacts(
            Guid.NewGuid(), "NEW-0003", "IMA", "GB553202734852", null, null, null, null, null, "US", "GB", "1", "GBP", 135m,
            [Item(1, "8510900000", "US", 135m) with { AdditionalCodes = [], AdditionalProcedureCodes = ["C07"] }]);
        var relieved = assessor.Assess(small, new DateOnly(2024, 6, 1)).Items[0];
        Assert.Equal(0m, relieved.Lines.Single(l => l.TaxType == "A00").Amount);
        Assert.Equal(137.70m, relieved.Lines.Single(l => l.TaxType == "B00").Base);
        Assert.Equal(27.54m, relieved.Lines.Single(l => l.TaxType == "B00").Amount);
    }

    [Fact]
    public void ReducedRateVat_OnlyForTheGoodsTheLawLists_AndALowValueConsignmentIsFlagged()
    {
        var facts = new DeclarationFacts(
            Guid.NewGuid(), "NEW-0004", "IMA", "GB553202734852", null, null, null, null, null, "US", "GB", "1", "GBP", 2000m,
            [
                Item(1, "9207901000", "US", 1000m) with { AdditionalCodes = ["VATR"] }, // guitars: not in VAT Act 1994 Sch. 7A
                Item(2, "9401200000", "US", 1000m) with { AdditionalCodes = ["VATR"] }, // car seats: Sch. 7A, Group 5 (children's car seats)
            ]);
        var assessor = factory.Services.GetRequiredService<DeclarationAssessor>();
        var assessment = assessor.Assess(facts, new DateOnly(2024, 6, 1));
        var guitars = assessment.Items[0];
        Assert.Equal(20m, guitars.Lines.Single(l => l.TaxType == "B00").Rate);
        Assert.Contains(guitars.Notes, n => n.Contains("VATR", StringComparison.Ordinal) && n.Contains("Schedule 7A", StringComparison.Ordinal));
        var seats = assessment.Items[1];
        Assert.Equal(5m, seats.Lines.Single(l => l.TaxType == "B00").Rate);
        Assert.Contains(seats.Notes, n => n.Contains("Group 5", StringComparison.Ordinal));
        Assert.False(assessment.LowValue);

        // Below the reporting threshold (GBP 873) the consignment is flagged; it stays assessed in full.
        var small = facts with { Items = [Item(1, "8510900000", "US", 500m) with { AdditionalCodes = [] }] };
        var flagged = assessor.Assess(small, new DateOnly(2024, 6, 1));
        Assert.True(flagged.LowValue);
        Assert.Contains(flagged.Notes, n => n.Contains("reporting threshold", StringComparison.Ordinal));
        Assert.Equal(10.00m, flagged.Items[0].Lines.Single(l => l.TaxType == "A00").Amount);
    }

    private static GoodsItemFacts Item(int sequence, string code, string origin, decimal value, decimal? netMass = null) =>
        new(sequence, "goods", code, origin, "4000", ["000"], netMass ?? 10m, null, value, "GBP", ["100"], [])
        {
            AdditionalCodes = ["VATZ"],
            ValuationMethod = "1",
        };
}
