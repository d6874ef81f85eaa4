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
        "TT_IM001a/1", "TT_IM001c/1", "TT_IM013a/1", "TT_IM017a/1", "TT_IM017a/3", "TT_IM017b/2", "TT_IM095a/1",
        "TT_IM097a/1", "TT_IM098a/1", "TT_IM146a/1", "TT_IM181a/1", "TT_IM223a/1",
    ];

    private static readonly string[] StandardVatMatched =
    [
        "TT_IM001a/1", "TT_IM001c/1", "TT_IM017a/1", "TT_IM017a/3", "TT_IM017b/2", "TT_IM033a/1", "TT_IM055a/1",
        "TT_IM095a/1", "TT_IM119a/1", "TT_IM181a/1", "TT_IM227a/1",
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

        // Each miss is one the data cannot support, with its reason: no declaration item, a code not in the 2021
        // tariff, an amended value, or a relief the DMSTAX deducts.
        var misses = report.Lines.Where(l => l.Category == CheckReport.ThirdCountryDuty && !l.Matched).ToList();
        Assert.All(misses, m => Assert.True(
            m.Reason.Contains("no declaration", StringComparison.Ordinal)
            || m.Reason.Contains("no such item", StringComparison.Ordinal)
            || m.Reason.Contains("not a line of the national tariff", StringComparison.Ordinal)
            || m.Reason.Contains("deducts", StringComparison.Ordinal)
            || (m.Scenario == "TT_IM082a" && m.Reason.StartsWith("base differs", StringComparison.Ordinal)),
            $"{m.Scenario}/{m.Item}: {m.Reason}"));
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

    private static GoodsItemFacts Item(int sequence, string code, string origin, decimal value, decimal? netMass = null) =>
        new(sequence, "goods", code, origin, "4000", ["000"], netMass ?? 10m, null, value, "GBP", ["100"], [])
        {
            AdditionalCodes = ["VATZ"],
            ValuationMethod = "1",
        };
}
