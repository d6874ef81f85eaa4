using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Tests.TestSupport;
using Tamga.Kernel.Errors;

namespace Tamga.Declarations.Tests;

public sealed class DeclarationRulesTests
{
    private static readonly IDeclarationCodes Codes = ReferenceDataCodes.Instance;

    [Fact]
    public void Check_WhenDeclarationIsValid_FindsNothing()
    {
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Import(), Codes));
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Amendment(), Codes));
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Cancellation(), Codes));
    }

    [Fact]
    public void Check_WhenGoodsItemQuantityDiffersFromItems_ReportsDe19()
    {
        var d = TestDeclarations.Import() with { GoodsItemQuantity = 2 };

        var violation = Single(d);

        Assert.Equal(DeclarationRules.GoodsItemQuantityMismatch, violation.Rule);
        Assert.Equal("DE 1/9 goodsItemQuantity", violation.Field);
    }

    [Fact]
    public void Check_WhenGoodsItemQuantityIsNotDeclared_AcceptsIt()
    {
        // TT_IM203a and TT_IM209a omit DE 1/9 and were accepted.
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Import() with { GoodsItemQuantity = null }, Codes));
    }

    [Fact]
    public void Check_WhenPackageTotalsDifferAndTheyMustMatch_ReportsDe618()
    {
        var d = TestDeclarations.Import().WithItems(TestDeclarations.Item(1, packages: 30m), TestDeclarations.Item(2, packages: 30m)) with { GoodsItemQuantity = 2 };

        var violation = Single(d, new DeclarationRuleOptions { PackageTotalsMustMatch = true });

        Assert.Equal(DeclarationRules.PackageTotalMismatch, violation.Rule);
        Assert.Equal("DE 6/18 totalPackageQuantity", violation.Field);
        Assert.Contains("60", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenPackageTotalsDifferByDefault_AcceptsThemAsCdsDoes()
    {
        // TT_EX046a declares 10 packages in total and 1000 on its only item, and was accepted.
        var d = TestDeclarations.Import() with { TotalPackageQuantity = 10m };

        Assert.Empty(DeclarationRules.Check(d, Codes));
    }

    [Fact]
    public void Check_WhenTotalPackagesIsZeroButItemsHavePackages_ReportsDe618()
    {
        var violation = Single(TestDeclarations.Import() with { TotalPackageQuantity = 0m });

        Assert.Equal(DeclarationRules.PackageTotalZero, violation.Rule);
        Assert.Equal("DE 6/18 totalPackageQuantity", violation.Field);
    }

    [Theory]
    [InlineData("ZZ", "goodsShipment.exportCountry", "DE 5/14")]
    [InlineData("GBR", "goodsShipment.exportCountry", "DE 5/14")]
    public void Check_WhenCountryIsUnknown_ReportsItsField(string country, string path, string element)
    {
        var d = TestDeclarations.Import() with { GoodsShipment = TestDeclarations.Import().GoodsShipment! with { ExportCountry = country } };

        var violation = Single(d);

        Assert.Equal(DeclarationRules.CountryUnknown, violation.Rule);
        Assert.Equal($"{element} {path}", violation.Field);
    }

    [Fact]
    public void Check_WhenOriginCountryIsUnknown_ReportsDe515()
    {
        var violation = Single(TestDeclarations.Import().WithItem(static i => i with { Origin = new Origin("QQ", "1") }));

        Assert.Equal(DeclarationRules.CountryUnknown, violation.Rule);
        Assert.Equal("DE 5/15 goodsShipment.goodsItems[0].origin.country", violation.Field);
    }

    [Fact]
    public void Check_WhenAdministrationCountryCodesAreUsed_AcceptsThem()
    {
        var d = TestDeclarations.Import().WithItem(static i => i with { Origin = new Origin("ZU", "1") }) with
        {
            Declarant = new Party { Id = "XI553202734852" },
        };

        Assert.Empty(DeclarationRules.Check(d, Codes));
    }

    [Fact]
    public void Check_WhenCurrencyIsUnknown_ReportsDe414Currency()
    {
        var violation = Single(TestDeclarations.Import().WithItem(static i => i with { ItemAmount = new Amount(1000m, "XXY") }));

        Assert.Equal(DeclarationRules.CurrencyUnknown, violation.Rule);
        Assert.Equal("DE 4/14 goodsShipment.goodsItems[0].itemAmount.currency", violation.Field);
    }

    [Fact]
    public void Check_WhenInvoiceCurrencyIsWithdrawn_ReportsDe410()
    {
        // DEM was withdrawn in 2002.
        var violation = Single(TestDeclarations.Import() with { InvoiceAmount = new Amount(1000m, "DEM") });

        Assert.Equal(DeclarationRules.CurrencyUnknown, violation.Rule);
        Assert.Equal("DE 4/10 invoiceAmount.currency", violation.Field);
    }

    [Theory]
    [InlineData("851090000", DeclarationRules.CommodityCodeFormat)]
    [InlineData("85109000001", DeclarationRules.CommodityCodeFormat)]
    [InlineData("8510 90000", DeclarationRules.CommodityCodeFormat)]
    [InlineData("851090", DeclarationRules.CommodityCodeFormat)]
    [InlineData("7700000000", DeclarationRules.CommodityHeadingUnknown)]
    [InlineData("0000000000", DeclarationRules.CommodityHeadingUnknown)]
    public void Check_WhenCommodityCodeIsBad_ReportsDe614(string code, string rule)
    {
        var violation = Single(TestDeclarations.Import().WithItem(i => i with { CommodityCode = code }));

        Assert.Equal(rule, violation.Rule);
        Assert.Equal("DE 6/14 goodsShipment.goodsItems[0].commodityCode", violation.Field);
    }

    [Theory]
    [InlineData("85109000")]
    [InlineData("8510900000")]
    [InlineData("9702000000")]
    public void Check_WhenCommodityCodeIsUnderAKnownHeading_AcceptsIt(string code)
    {
        // 9702 00 (HS 2017, used by TT_IM124a) was split in HS 2022; its heading 9702 still exists.
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Import().WithItem(i => i with { CommodityCode = code }), Codes));
    }

    [Fact]
    public void Check_WhenSixDigitCodeOnALowValueItem_AcceptsIt()
    {
        var d = TestDeclarations.Import().WithItem(static i => i with { CommodityCode = "970200", AdditionalProcedureCodes = ["1H7", "C07"] });

        Assert.Empty(DeclarationRules.Check(d, Codes));
    }

    [Theory]
    [InlineData("GB55320273485")]
    [InlineData("GB5532027348521")]
    [InlineData("gb553202734852")]
    [InlineData("QQ553202734852")]
    [InlineData("GB55320273485X")]
    [InlineData("553202734852")]
    public void Check_WhenDeclarantEoriIsMalformed_ReportsDe318(string eori)
    {
        var violation = Single(TestDeclarations.Import() with { Declarant = new Party { Id = eori } });

        Assert.Equal(DeclarationRules.DeclarantEori, violation.Rule);
        Assert.Equal("DE 3/18 declarant.id", violation.Field);
    }

    [Theory]
    [InlineData("GB553202734852000")]
    [InlineData("DE021111237000000")]
    [InlineData("FR12345678901")]
    public void Check_WhenDeclarantEoriIsWellFormed_AcceptsIt(string eori)
    {
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Import() with { Declarant = new Party { Id = eori } }, Codes));
    }

    [Fact]
    public void Check_WhenDeclarantIsMissing_ReportsDe318()
    {
        var violation = Single(TestDeclarations.Import() with { Declarant = null });

        Assert.Equal(DeclarationRules.DeclarantMissing, violation.Rule);
        Assert.Equal("DE 3/18 declarant.id", violation.Field);
    }

    [Fact]
    public void Check_WhenImporterEoriIsMalformed_ReportsDe316()
    {
        var d = TestDeclarations.Import() with { GoodsShipment = TestDeclarations.Import().GoodsShipment! with { Importer = new Party { Id = "GB-553202734852" } } };

        var violation = Single(d);

        Assert.Equal(DeclarationRules.PartyIdInvalid, violation.Rule);
        Assert.Equal("DE 3/16 goodsShipment.importer.id", violation.Field);
    }

    [Theory]
    [InlineData(null, DeclarationRules.LrnMissing)]
    [InlineData("  ", DeclarationRules.LrnMissing)]
    [InlineData("LRN-0123456789-01234567", DeclarationRules.LrnTooLong)]
    [InlineData("LRN#1", DeclarationRules.LrnCharacters)]
    [InlineData(" LRN1", DeclarationRules.LrnCharacters)]
    [InlineData("LRN\u00e91", DeclarationRules.LrnCharacters)]
    public void Check_WhenLrnIsBad_ReportsDe25(string? lrn, string rule)
    {
        var violation = Single(TestDeclarations.Import() with { FunctionalReferenceId = lrn });

        Assert.Equal(rule, violation.Rule);
        Assert.Equal("DE 2/5 functionalReferenceId", violation.Field);
    }

    [Theory]
    [InlineData("NEW-TT-SAMPLE-CUS 9")]
    [InlineData("U.7867523JNCOL")]
    [InlineData("LRN-0123456789-0123456")]
    public void Check_WhenLrnIsLikeTheAcceptedSamples_AcceptsIt(string lrn)
    {
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Import() with { FunctionalReferenceId = lrn }, Codes));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("IM")]
    [InlineData("IMG")]
    [InlineData("XXA")]
    [InlineData("IMAA")]
    public void Check_WhenTypeCodeIsUnknown_ReportsDe11(string? typeCode)
    {
        var violation = Single(TestDeclarations.Import() with { TypeCode = typeCode });

        Assert.Equal(DeclarationRules.TypeCodeUnknown, violation.Rule);
        Assert.Equal("DE 1/1 typeCode", violation.Field);
    }

    [Fact]
    public void Check_WhenItemNumbersAreDuplicatedOrOutOfRange_ReportsDe16()
    {
        var d = TestDeclarations.Import().WithItems(TestDeclarations.Item(1, 25m), TestDeclarations.Item(1, 25m), TestDeclarations.Item(4, 0m)) with { GoodsItemQuantity = 3 };

        var violations = DeclarationRules.Check(d, Codes);

        Assert.Equal(2, violations.Count);
        Assert.All(violations, static v => Assert.Equal(DeclarationRules.ItemSequence, v.Rule));
        Assert.Equal(["DE 1/6 goodsShipment.goodsItems[1].sequence", "DE 1/6 goodsShipment.goodsItems[2].sequence"], violations.Select(static v => v.Field));
    }

    [Fact]
    public void Check_WhenNoGoodsItem_ReportsIt()
    {
        var violations = DeclarationRules.Check(TestDeclarations.Import().WithItems() with { GoodsItemQuantity = null, TotalPackageQuantity = null }, Codes);

        Assert.Equal(DeclarationRules.NoGoodsItems, Assert.Single(violations).Rule);
    }

    [Fact]
    public void Check_WhenMoreItemsThanConfigured_ReportsIt()
    {
        var d = TestDeclarations.Import().WithItems(TestDeclarations.Item(1, 25m), TestDeclarations.Item(2, 25m), TestDeclarations.Item(3, 0m)) with { GoodsItemQuantity = 3 };

        var violation = Single(d, new DeclarationRuleOptions { MaxGoodsItems = 2 });

        Assert.Equal(DeclarationRules.TooManyGoodsItems, violation.Rule);
    }

    [Fact]
    public void Check_WhenAmountOrMassIsNegative_ReportsEach()
    {
        var d = TestDeclarations.Import().WithItem(static i => i with { ItemAmount = new Amount(-1m, "GBP"), NetMass = -5m });

        var violations = DeclarationRules.Check(d, Codes);

        Assert.All(violations, static v => Assert.Equal(DeclarationRules.NegativeValue, v.Rule));
        Assert.Equal(["DE 4/14 goodsShipment.goodsItems[0].itemAmount", "DE 6/1 goodsShipment.goodsItems[0].netMass"], violations.Select(static v => v.Field));
    }

    [Theory]
    [InlineData("400")]
    [InlineData("40000")]
    [InlineData("40A0")]
    [InlineData(null)]
    public void Check_WhenProcedureCodeIsNotFourDigits_ReportsDe110(string? code)
    {
        var violation = Single(TestDeclarations.Import().WithItem(i => i with { ProcedureCode = code }));

        Assert.Equal(DeclarationRules.ProcedureCode, violation.Rule);
        Assert.Equal("DE 1/10 goodsShipment.goodsItems[0].procedureCode", violation.Field);
    }

    [Fact]
    public void Check_WhenAdditionalProcedureCodeIsMalformed_ReportsDe111()
    {
        var violation = Single(TestDeclarations.Import().WithItem(static i => i with { AdditionalProcedureCodes = ["000", "1C"] }));

        Assert.Equal(DeclarationRules.AdditionalProcedureCode, violation.Rule);
        Assert.Equal("DE 1/11 goodsShipment.goodsItems[0].additionalProcedureCodes[1]", violation.Field);
    }

    [Fact]
    public void Check_WhenFunctionAndTypeCodeMakeNoKnownMessage_ReportsIt()
    {
        var violations = DeclarationRules.Check(TestDeclarations.Amendment() with { TypeCode = "IMA" }, Codes);

        Assert.Contains(violations, static v => v.Rule == DeclarationRules.MessageUnsupported);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("24GB0YVJ3EXXES8AA1")]
    [InlineData("24GB0YVJ3EXXES8AA")]
    public void Check_WhenAmendmentHasNoValidMrn_ReportsIt(string? mrn)
    {
        var violation = Single(TestDeclarations.Amendment() with { Id = mrn });

        Assert.Equal(DeclarationRules.MrnInvalid, violation.Rule);
        Assert.Equal("id", violation.Field);
    }

    [Fact]
    public void Check_WhenAmendmentHasNoReasonOrPointer_ReportsBoth()
    {
        var d = TestDeclarations.Amendment() with { Amendments = [new Amendment()] };

        var violations = DeclarationRules.Check(d, Codes);

        Assert.Equal([DeclarationRules.ChangeReasonMissing, DeclarationRules.AmendmentPointerMissing], violations.Select(static v => v.Rule).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_WhenAmendmentReferenceIsLongerThanAnLrn_AcceptsItUpToTheSchemaLimit()
    {
        // TT_Add_Item_Scenario_v1's amendment has a 25-character reference and was accepted.
        Assert.Empty(DeclarationRules.Check(TestDeclarations.Amendment() with { FunctionalReferenceId = "CCDP-4108_AME_20230621-01" }, Codes));
        Assert.Equal(DeclarationRules.LrnTooLong, Single(TestDeclarations.Amendment() with { FunctionalReferenceId = new string('A', 36) }).Rule);
    }

    [Fact]
    public void Check_WhenCancellationHasNoReason_ReportsIt()
    {
        var violation = Single(TestDeclarations.Cancellation() with { AdditionalInformation = [] });

        Assert.Equal(DeclarationRules.CancellationReasonMissing, violation.Rule);
        Assert.Equal("DE 2/2 additionalInformation", violation.Field);
    }

    [Fact]
    public void Check_WhenCancellationHasNoChangeReason_ReportsIt()
    {
        Assert.Equal(DeclarationRules.ChangeReasonMissing, Single(TestDeclarations.Cancellation() with { Amendments = [] }).Rule);
    }

    [Fact]
    public void DataElements_NameFieldsWithTheirNumber()
    {
        Assert.Equal("DE 6/10 goodsShipment.goodsItems[12].packages[3].quantity", DataElements.Field("goodsShipment.goodsItems[12].packages[3].quantity"));
        Assert.Equal("DE 5/26 presentationOffice", DataElements.Field("presentationOffice"));
        Assert.Equal("DE 5/27 supervisingOffice", DataElements.Field("supervisingOffice"));
        Assert.Equal("DE 8/1", DataElements.Of("goodsShipment.goodsItems[0].dutyTaxFees[2].quotaOrderId"));
        Assert.Equal("functionCode", DataElements.Field("functionCode"));
    }

    private static RuleViolation Single(DeclarationContent d, DeclarationRuleOptions? options = null)
    {
        var violations = DeclarationRules.Check(d, Codes, options ?? DeclarationRuleOptions.Default);
        Assert.True(violations.Count == 1, $"Expected one violation, found {violations.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        return violations[0];
    }
}
