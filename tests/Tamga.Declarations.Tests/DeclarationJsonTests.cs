using System.Text;
using System.Text.Json;

using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Tests.TestSupport;

namespace Tamga.Declarations.Tests;

public sealed class DeclarationJsonTests
{
    private static readonly DecDmsReader Reader = new();

    [Theory]
    [MemberData(nameof(SampleIndex.ValidFiles), MemberType = typeof(SampleIndex))]
    public void Json_WhenSampleIsWrittenAndReadBack_GivesAnEqualModel(string file)
    {
        var fromXml = Reader.Read(SampleIndex.Get(file).ReadBytes());
        Assert.True(fromXml.Succeeded);

        var json = DeclarationJson.WriteUtf8(fromXml.Declaration.Content);
        var fromJson = DeclarationJson.Read(json);

        Assert.True(fromJson.Succeeded, DecDmsReaderSampleTests.Describe(fromJson.Problems));
        Assert.Equal(fromXml.Declaration.Kind, fromJson.Declaration.Kind);
        Assert.Equal(fromXml.Declaration.Content, fromJson.Declaration.Content);
        Assert.Equal(json, DeclarationJson.WriteUtf8(fromJson.Declaration.Content));
    }

    [Fact]
    public void Json_WritesCamelCaseWithoutNullsOrEmptyLists()
    {
        var json = DeclarationJson.Write(TestDeclarations.Import());

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("9", root.GetProperty("functionCode").GetString());
        Assert.Equal("LRN-2025-000123", root.GetProperty("functionalReferenceId").GetString());
        Assert.Equal("GB000040", root.GetProperty("presentationOffice").GetString());
        Assert.Equal(1000m, root.GetProperty("invoiceAmount").GetProperty("value").GetDecimal());
        Assert.Equal("GBP", root.GetProperty("invoiceAmount").GetProperty("currency").GetString());
        var item = root.GetProperty("goodsShipment").GetProperty("goodsItems")[0];
        Assert.Equal("8510900000", item.GetProperty("commodityCode").GetString());
        Assert.Equal("TSP", item.GetProperty("classifications")[0].GetProperty("type").GetString());
        Assert.Equal("US", item.GetProperty("origin").GetProperty("country").GetString());
        Assert.Equal(50m, item.GetProperty("packages")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal("E", item.GetProperty("dutyTaxFees")[0].GetProperty("methodCode").GetString());
        Assert.False(item.TryGetProperty("supplementaryUnits", out _));
        Assert.False(item.TryGetProperty("additionalDocuments", out _));
        Assert.False(root.TryGetProperty("amendments", out _));
        Assert.False(root.TryGetProperty("goodsItems", out _));
    }

    [Fact]
    public void Json_WhenWrittenFromTheExampleShape_ReadsTheModel()
    {
        const string json = """
            {"functionCode":"9","functionalReferenceId":"LRN123","typeCode":"IMA","goodsItemQuantity":1,
             "declarant":{"id":"GB553202734852"},"agent":{"id":"GB553202734852","functionCode":"2"},
             "presentationOffice":"GB000040","invoiceAmount":{"value":1000,"currency":"GBP"},
             "goodsShipment":{"transactionNatureCode":"1","destinationCountry":"GB","exportCountry":"US",
               "goodsItems":[{"sequence":1,"description":"Parts","classifications":[{"id":"85109000","type":"TSP"},{"id":"00","type":"TRC"}],
                 "origin":{"country":"US","type":"1"},"procedureCode":"4000","additionalProcedureCodes":["000"],
                 "netMass":100,"grossMass":150,"supplementaryUnits":null,"itemAmount":{"value":1000,"currency":"GBP"},
                 "packages":[{"sequence":1,"typeCode":"BX","quantity":50,"marks":"M"}],
                 "dutyTaxFees":[{"typeCode":"A00","dutyRegimeCode":"100","quotaOrderId":null,"methodCode":"E"}]}]}}
            """;

        var result = DeclarationJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(result.Succeeded, DecDmsReaderSampleTests.Describe(result.Problems));
        var item = Assert.Single(result.Declaration.Content.GoodsItems);
        Assert.Equal("8510900000", item.CommodityCode);
        Assert.Null(item.SupplementaryUnits);
        Assert.Equal(new Amount(1000m, "GBP"), item.ItemAmount);
        Assert.Empty(DeclarationRules.Check(result.Declaration.Content, ReferenceDataCodes.Instance));
    }

    [Fact]
    public void Json_WhenAListIsNull_ReportsItsPath()
    {
        var result = DeclarationJson.Read("""{"functionCode":"9","goodsShipment":{"goodsItems":null}}"""u8);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Type, problem.Kind);
        Assert.Equal("$.goodsShipment.goodsItems", problem.Location);
    }

    [Fact]
    public void Json_WhenAListElementIsNull_ReportsItsIndex()
    {
        var result = DeclarationJson.Read("""{"functionCode":"9","goodsShipment":{"goodsItems":[{"sequence":1},null]}}"""u8);

        Assert.Equal("$.goodsShipment.goodsItems[1]", Assert.Single(result.Problems).Location);
    }

    [Fact]
    public void Json_WhenAValueDeepInListsHasTheWrongType_ReportsTheFullPath()
    {
        var result = DeclarationJson.Read(
            """{"functionCode":"9","goodsShipment":{"goodsItems":[{"sequence":1},{"sequence":2,"packages":[{"sequence":1},{"sequence":2,"quantity":"many"}]}]}}"""u8);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Type, problem.Kind);
        Assert.Equal("$.goodsShipment.goodsItems[1].packages[1].quantity", problem.Location);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Json_WhenARequiredClassificationMemberIsMissing_ReportsIt()
    {
        var result = DeclarationJson.Read("""{"functionCode":"9","goodsShipment":{"goodsItems":[{"sequence":1,"classifications":[{"id":"85109000"}]}]}}"""u8);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.goodsShipment.goodsItems[0].classifications[0]", problem.Location);
        Assert.Contains("type", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WhenAPropertyIsRepeated_ReportsIt()
    {
        var result = DeclarationJson.Read("""{"functionCode":"9","functionalReferenceId":"A","functionalReferenceId":"B"}"""u8);

        Assert.Equal(IntakeProblemKind.Type, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Json_WhenFunctionCodeIsUnsupported_ReportsIt()
    {
        var result = DeclarationJson.Read("""{"functionCode":"13","typeCode":"IMA"}"""u8);

        Assert.Equal(IntakeProblemKind.UnsupportedMessage, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public async Task Json_WhenReadFromAStream_ReadsTheModel()
    {
        var expected = TestDeclarations.Import();

        var result = await DeclarationJson.ReadAsync(new MemoryStream(DeclarationJson.WriteUtf8(expected)), null, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Declaration.Content);
    }

    [Fact]
    public void Intake_WhenCurrentCultureUsesADecimalComma_ReadsAndWritesInvariantNumbers()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ru-RU");
        try
        {
            var fromXml = Reader.Read(SampleIndex.Get("TT_IM031a/TT_IM031a.xml").ReadBytes());
            var json = DeclarationJson.Write(fromXml.Declaration!.Content);
            var response = ResponseXmlWriter.Write(new DeclarationResponse
            {
                Function = ResponseFunction.TaxAssessment,
                Id = "1",
                IssuedAt = DateTimeOffset.UnixEpoch.AddYears(55),
                AssessedItems = [new AssessedItem(1) { DutyTaxFees = [new DutyTaxFee { TypeCode = "A00", TaxRate = 2.5m }] }],
            });

            Assert.Equal(16m, fromXml.Declaration.Content.GoodsItems[0].DutyTaxFees[2].SpecificTaxBase?.Value);
            Assert.Contains("\"value\":2000", json, StringComparison.Ordinal);
            Assert.Contains(">2.5<", response, StringComparison.Ordinal);
            Assert.Contains(">20250101000000Z<", response, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Model_HasValueEquality()
    {
        Assert.Equal(TestDeclarations.Import(), TestDeclarations.Import());
        Assert.Equal(TestDeclarations.Import().GetHashCode(), TestDeclarations.Import().GetHashCode());
        Assert.NotEqual(TestDeclarations.Import(), TestDeclarations.Import().WithItem(static i => i with { NetMass = 101m }));
    }
}
