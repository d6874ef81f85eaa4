using System.Text;

using Tamga.Declarations.Intake;
using Tamga.Declarations.Tests.Hostile;
using Tamga.Declarations.Tests.TestSupport;

namespace Tamga.Declarations.Tests;

/// <summary>Inputs built to hurt a parser: each must end in problems or violations, quickly and without a crash.</summary>
public sealed class HostileInputTests
{
    private static readonly DecDmsReader Reader = new();

    [Theory]
    [InlineData("billion-laughs.xml")]
    [InlineData("external-entity.xml")]
    [InlineData("external-dtd.xml")]
    public void Reader_WhenDocumentHasADtd_RefusesItBeforeExpandingAnything(string file)
    {
        var result = Reader.Read(HostileCorpus.File(file));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Dtd, problem.Kind);
        Assert.Equal(2, problem.Line);
        Assert.DoesNotContain("root:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_WhenRootIsNotADeclaration_ReportsWrongRoot()
    {
        var result = Reader.Read(HostileCorpus.File("wrong-root.xml"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.WrongRoot, problem.Kind);
        Assert.Equal("Invoice", problem.Location);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Reader_WhenMetaDataHasNoNamespace_ReportsWrongRoot()
    {
        var result = Reader.Read(HostileCorpus.File("metadata-without-namespace.xml"));

        Assert.Equal(IntakeProblemKind.WrongRoot, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Reader_WhenSchemaLocationPointsElsewhere_IgnoresItAndValidatesWithTheShippedSchemas()
    {
        var result = Reader.Read(HostileCorpus.File("remote-schema-location.xml"));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Schema, problem.Kind);
        Assert.Equal("NotInTheSchema", problem.Location);
        Assert.Equal(10, problem.Line);
    }

    [Fact]
    public void Reader_WhenNestedTenThousandDeepInsideTheDeclaration_StopsAtTheDepthLimit()
    {
        var result = Reader.Read(HostileCorpus.DeeplyNestedDeclaration(10_000));

        var problem = Assert.Single(result.Problems, static p => p.Kind == IntakeProblemKind.TooDeep);
        Assert.Equal(3, problem.Line);
        Assert.Equal("GoodsShipment", problem.Location);
    }

    [Fact]
    public void Reader_WhenNestedTenThousandDeepInsideTheEnvelope_StopsAtTheDepthLimit()
    {
        var result = Reader.Read(HostileCorpus.DeeplyNestedEnvelope(10_000));

        Assert.Equal(IntakeProblemKind.TooDeep, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Reader_WhenTwentyMegabytes_RefusesWithoutParsing()
    {
        var document = HostileCorpus.HugeDeclaration(20 * 1024 * 1024);

        var fromMemory = Reader.Read(document);
        var stream = new TrickleStream(document);
        var fromStream = Reader.Read(stream);

        Assert.Equal(IntakeProblemKind.TooLarge, Assert.Single(fromMemory.Problems).Kind);
        Assert.Equal(IntakeProblemKind.TooLarge, Assert.Single(fromStream.Problems).Kind);
        Assert.True(stream.BytesRead <= Reader.Limits.MaxDocumentBytes + 16 * 1024, "the stream is not read past the limit");
    }

    [Fact]
    public async Task Reader_WhenTwentyMegabytesArriveAsynchronously_RefusesWithoutParsing()
    {
        var document = HostileCorpus.HugeDeclaration(20 * 1024 * 1024);

        var result = await Reader.ReadAsync(new TrickleStream(document), CancellationToken.None);

        Assert.Equal(IntakeProblemKind.TooLarge, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void Reader_WhenMoreItemsThanTheSchemaAllows_ReportsSchemaErrorsUpToTheLimit()
    {
        var result = Reader.Read(HostileCorpus.DeclarationWithItems(20_000));

        Assert.False(result.Succeeded);
        Assert.InRange(result.Problems.Count, 1, Reader.Limits.MaxSchemaErrors);
        Assert.All(result.Problems, static p => Assert.Equal(IntakeProblemKind.Schema, p.Kind));
        Assert.Contains(result.Problems, static p => p.Location == "GovernmentAgencyGoodsItem");
    }

    [Fact]
    public void Reader_WhenManySchemaErrors_CollectsThemAllUpToTheLimit()
    {
        var text = new StringBuilder("<md:MetaData xmlns:md=\"urn:wco:datamodel:WCO:DocumentMetaData-DMS:2\" xmlns=\"urn:wco:datamodel:WCO:DEC-DMS:2\">\n<Declaration><FunctionCode>9</FunctionCode><GoodsShipment>\n");
        for (var i = 1; i <= 80; i++)
        {
            text.Append("<GovernmentAgencyGoodsItem><SequenceNumeric>x</SequenceNumeric></GovernmentAgencyGoodsItem>\n");
        }

        var result = Reader.Read(Encoding.UTF8.GetBytes(text.Append("</GoodsShipment></Declaration></md:MetaData>").ToString()));

        Assert.Equal(Reader.Limits.MaxSchemaErrors, result.Problems.Count);
        Assert.Equal(Enumerable.Range(3, 50), result.Problems.Select(static p => p.Line));
        Assert.All(result.Problems, static p => Assert.Equal("SequenceNumeric", p.Location));
    }

    [Fact]
    public void Json_WhenNestedAThousandDeep_ReportsTooDeep()
    {
        var result = DeclarationJson.Read(HostileCorpus.DeeplyNestedJson(1000));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.TooDeep, problem.Kind);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Json_WhenAValueHasTheWrongType_ReportsItsPathLineAndColumn()
    {
        var result = DeclarationJson.Read(HostileCorpus.File("json-wrong-types.json"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Type, problem.Kind);
        Assert.Equal("$.goodsShipment.goodsItems[1].netMass", problem.Location);
        Assert.Equal(8, problem.Line);
        Assert.Equal(35, problem.Column);
    }

    [Fact]
    public void Json_WhenAMemberIsUnknown_ReportsIt()
    {
        var result = DeclarationJson.Read(HostileCorpus.File("json-unknown-member.json"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Type, problem.Kind);
        Assert.Contains("lrn", problem.Message, StringComparison.Ordinal);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void Json_WhenMalformed_ReportsSyntaxWithLine()
    {
        var result = DeclarationJson.Read(HostileCorpus.File("json-malformed.json"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Syntax, problem.Kind);
        Assert.Equal(5, problem.Line);
    }

    [Fact]
    public void Json_WhenAHundredThousandItems_ReadsThemAndTheRulesRefuseThem()
    {
        var result = DeclarationJson.Read(HostileCorpus.JsonDeclarationWithItems(100_000));

        Assert.True(result.Succeeded, DecDmsReaderSampleTests.Describe(result.Problems));
        var violations = DeclarationRules.Check(result.Declaration.Content, ReferenceDataCodes.Instance);
        var violation = Assert.Single(violations);
        Assert.Equal(DeclarationRules.TooManyGoodsItems, violation.Rule);
        Assert.Equal("DE 1/6 goodsShipment.goodsItems", violation.Field);
    }
}
