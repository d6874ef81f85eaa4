using System.Text;
using Tamga.Declarations.CheckRulings;
using Tamga.Declarations.Intake;
using Tamga.Tariff.Contracts;

namespace Tamga.Declarations.Tests;

public sealed class CitedRulingTests
{
    private const string Declaration = """
        {
          "functionCode": "9", "functionalReferenceId": "CITE-1", "typeCode": "IMA",
          "declarant": { "id": "GB553202734852" },
          "goodsShipment": { "goodsItems": [
            { "sequence": 1, "commodityCode": "8510200000", "additionalDocuments": [
              { "categoryCode": "C", "typeCode": "644", "id": "0054039" },
              { "categoryCode": "C", "typeCode": "626", "id": " BTI-2026-00001 " } ] },
            { "sequence": 2, "commodityCode": "4901990000" } ] }
        }
        """;

    [Fact]
    public void OnlyDocumentCodeC626_CitesARuling_WithItsItemsCode()
    {
        var read = DeclarationJson.Read(Encoding.UTF8.GetBytes(Declaration));
        Assert.True(read.Succeeded, string.Join("; ", read.Problems));
        var cited = Assert.Single(CitedRulings.Of(read.Declaration.Content));
        Assert.Equal("BTI-2026-00001", cited.Number);
        Assert.Equal("8510200000", cited.CommodityCode);
        Assert.Equal("DE 2/3 goodsShipment.goodsItems[0].additionalDocuments[1].id", cited.Field);
    }

    [Theory]
    [InlineData(RulingCheckOutcome.Unknown, "DEC-R050")]
    [InlineData(RulingCheckOutcome.NotValidOnDate, "DEC-R051")]
    [InlineData(RulingCheckOutcome.OtherHolder, "DEC-R052")]
    [InlineData(RulingCheckOutcome.OtherCommodity, "DEC-R053")]
    [InlineData(RulingCheckOutcome.SignatureInvalid, "DEC-R054")]
    public void EachOutcomeButValid_IsARuleNamingTheDocument(RulingCheckOutcome outcome, string rule)
    {
        var citation = new CitedRuling("DE 2/3 goodsShipment.goodsItems[0].additionalDocuments[0].id", "BTI-2026-00001", "8510200000");
        var result = new RulingCheckResult("BTI-2026-00001", outcome, "85101000", new DateOnly(2023, 1, 10), new DateOnly(2026, 1, 9));
        var violation = CitedRulingCheck.Violation(citation, result, new DateOnly(2026, 11, 29));
        Assert.NotNull(violation);
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(citation.Field, violation.Field);
        Assert.Null(CitedRulingCheck.Violation(citation, result with { Outcome = RulingCheckOutcome.Valid }, new DateOnly(2026, 11, 29)));
    }

    [Fact]
    public void AnExpiredRuling_SaysWhenItWasValid()
    {
        var citation = new CitedRuling("DE 2/3 x", "BTI-2023-00007", "85102000");
        var result = new RulingCheckResult("BTI-2023-00007", RulingCheckOutcome.NotValidOnDate, "85102000", new DateOnly(2023, 1, 10), new DateOnly(2026, 1, 9));
        var violation = CitedRulingCheck.Violation(citation, result, new DateOnly(2026, 11, 29))!;
        Assert.Contains("2023-01-10 to 2026-01-09, not on 2026-11-29", violation.Message, StringComparison.Ordinal);
    }
}
