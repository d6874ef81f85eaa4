using System.Globalization;
using System.Text.Json;

using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Tests.TestSupport;

namespace Tamga.Declarations.Tests;

/// <summary>The DEC-DMS reader against the 220 HMRC sample declarations and their index.</summary>
public sealed class DecDmsReaderSampleTests
{
    private static readonly DecDmsReader Reader = new();

    [Theory]
    [MemberData(nameof(SampleIndex.ValidFiles), MemberType = typeof(SampleIndex))]
    public void Reader_WhenSampleIsValid_ReadsItWithoutProblems(string file)
    {
        var result = Reader.Read(SampleIndex.Get(file).ReadBytes());

        Assert.True(result.Succeeded, Describe(result.Problems));
        Assert.Empty(result.Problems);
    }

    [Theory]
    [MemberData(nameof(SampleIndex.ValidOriginalFiles), MemberType = typeof(SampleIndex))]
    public void Rules_WhenOriginalSampleIsValid_FindNoViolation(string file)
    {
        var declaration = ReadSample(file);

        var violations = DeclarationRules.Check(declaration.Content, ReferenceDataCodes.Instance);

        Assert.Equal(DeclarationKind.Original, declaration.Kind);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [MemberData(nameof(SampleIndex.ValidFiles), MemberType = typeof(SampleIndex))]
    public void Rules_WhenAnyValidSample_FindNoViolation(string file)
    {
        var declaration = ReadSample(file);

        var violations = DeclarationRules.Check(declaration.Content, ReferenceDataCodes.Instance);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [InlineData("TT_EX002a/TT_EX002a.xml", 72, 6)]
    [InlineData("TT_EX022a/TT_EX022a_Declaration1_(Step1).xml", 52, 6)]
    [InlineData("TT_IM084a/TT_IM084a.xml", 164, 7)]
    public void Reader_WhenSampleIsNotWellFormed_ReportsLineAndColumn(string file, int line, int column)
    {
        var sample = SampleIndex.Get(file);

        var result = Reader.Read(sample.ReadBytes());

        Assert.False(sample.WellFormed);
        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Syntax, problem.Kind);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.Contains("comment", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(SampleIndex.WellFormedFiles), MemberType = typeof(SampleIndex))]
    public void Reader_MapsSampleAsIndexed(string file)
    {
        var sample = SampleIndex.Get(file);
        var entry = sample.Entry;

        var (kind, d) = ReadSample(file);

        Assert.Equal(sample.Role switch { "declaration" => DeclarationKind.Original, "amendment" => DeclarationKind.Amendment, _ => DeclarationKind.Cancellation }, kind);
        Assert.Equal(sample.FunctionCode, d.FunctionCode);
        Assert.Equal(sample.TypeCode, d.TypeCode);
        Assert.Equal(Text(entry, "lrn"), d.FunctionalReferenceId);
        Assert.Equal(Text(entry, "mrn"), d.Id);
        Assert.Equal(Integer(entry, "goods_item_quantity_declared"), d.GoodsItemQuantity);
        Assert.Equal(entry.GetProperty("goods_item_count").GetInt32(), d.GoodsItems.Count);
        AssertHeader(entry.GetProperty("header"), d);
        AssertAmendments(entry, d);

        var items = entry.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, d.GoodsItems.Count);
        for (var i = 0; i < items.Count; i++)
        {
            AssertItem(items[i], d.GoodsItems[i]);
        }
    }

    [Fact]
    public void Reader_WhenEnvelope_ReadsInnerDeclaration()
    {
        var bytes = SampleIndex.Get("TT_EX013b/TT_EX013b.xml").ReadBytes();

        var result = Reader.Read(bytes);

        Assert.True(result.Succeeded, Describe(result.Problems));
        var d = result.Declaration.Content;
        Assert.Equal(DeclarationKind.Original, result.Declaration.Kind);
        Assert.Equal("EXY", d.TypeCode);
        Assert.Equal(2, d.GoodsItems.Count);
        Assert.StartsWith("XI", d.Exporter?.Id, StringComparison.Ordinal);
        Assert.All(SampleIndex.Declarations.Values.Where(static s => s.Entry.TryGetProperty("envelope", out _)), static s =>
        {
            Assert.Contains("submitDeclarationRequest", File.ReadAllText(RepositoryPaths.Sample(s.File)), StringComparison.Ordinal);
            Assert.True(Reader.Read(s.ReadBytes()).Succeeded, s.File);
        });
    }

    [Fact]
    public void Reader_WhenEnvelopedDeclarationIsInvalid_ReportsTheInnerError()
    {
        var text = File.ReadAllText(RepositoryPaths.Sample("TT_EX013b/TT_EX013b.xml"));
        var broken = text.Replace("<GoodsItemQuantity>2</GoodsItemQuantity>", "<GoodsItemQuantity>two</GoodsItemQuantity>", StringComparison.Ordinal);
        Assert.NotEqual(text, broken);

        var result = Reader.Read(System.Text.Encoding.UTF8.GetBytes(broken));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(IntakeProblemKind.Schema, problem.Kind);
        Assert.Equal("GoodsItemQuantity", problem.Location);
        Assert.Equal(LineOf(broken, "<GoodsItemQuantity>two"), problem.Line);
    }

    [Fact]
    public void Reader_WhenCancellation_ValidatesAgainstTheCancellationSchema()
    {
        var result = Reader.Read(SampleIndex.Get("TT_EX010a/TT_EX010a_Cancellation.xml").ReadBytes());

        Assert.True(result.Succeeded, Describe(result.Problems));
        Assert.Equal(DeclarationKind.Cancellation, result.Declaration.Kind);
        var d = result.Declaration.Content;
        Assert.Equal("24GBDIRIGZ7QLCPAA8", d.Id);
        Assert.Equal("GB150454489082", d.Submitter?.Id);
        Assert.Equal("1", Assert.Single(d.Amendments).ChangeReasonCode);
        var reason = Assert.Single(d.AdditionalInformation);
        Assert.Equal("AES", reason.StatementTypeCode);
        Assert.Equal(["42A", "06A"], reason.Pointers.Select(static p => p.DocumentSectionCode!));
    }

    [Fact]
    public void Reader_WhenCancellationBreaksTheCancellationSchema_ReportsIt()
    {
        var text = File.ReadAllText(RepositoryPaths.Sample("TT_EX010a/TT_EX010a_Cancellation.xml"));

        // The declaration schema allows a goods shipment on an additional message; the cancellation schema does not.
        var withGoods = text.Replace("</Declaration>", "<GoodsShipment><TransactionNatureCode>1</TransactionNatureCode></GoodsShipment></Declaration>", StringComparison.Ordinal);
        var result = Reader.Read(System.Text.Encoding.UTF8.GetBytes(withGoods));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, static p => p.Kind == IntakeProblemKind.Schema && p.Location == "GoodsShipment");
    }

    [Fact]
    public void Reader_WhenReadConcurrently_GivesTheSameResults()
    {
        var files = SampleIndex.Declarations.Values.Where(static s => s.Valid).Select(static s => s.File).ToArray();
        var expected = files.ToDictionary(static f => f, static f => Reader.Read(SampleIndex.Get(f).ReadBytes()).Declaration!.Content);

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files.Concat(files).Concat(files), new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
        {
            var result = new DecDmsReader().Read(SampleIndex.Get(file).ReadBytes());
            if (!result.Succeeded || !result.Declaration.Content.Equals(expected[file]))
            {
                failures.Add(file);
            }
        });

        Assert.Empty(failures);
    }

    [Fact]
    public void Reader_WhenGivenAStream_ReadsLikeMemory()
    {
        var bytes = SampleIndex.Get("TT_IM001a/Step1_TT_IM001a.xml").ReadBytes();

        var fromMemory = Reader.Read(bytes);
        var fromStream = Reader.Read(new MemoryStream(bytes));

        Assert.True(fromMemory.Succeeded);
        Assert.Equal(fromMemory.Declaration, fromStream.Declaration);
    }

    [Fact]
    public void Reader_MapsHeaderPartiesTransportAndOffices()
    {
        var d = ReadSample("CUS_Code/New_Export_CUS_Code_Sample.xml").Content;

        Assert.Equal("GB150454489082", d.Declarant?.Id);
        Assert.Equal(new Representative { Id = "GB150454489082", FunctionCode = "2" }, d.Agent);
        Assert.Equal("GB417869120000", d.Exporter?.Id);
        Assert.Equal(new AuthorisationHolder { Id = "GB150454489082", CategoryCode = "CSE" }, Assert.Single(d.AuthorisationHolders));
        Assert.Equal("GB000084", d.ExitOffice);
        Assert.Equal("GBLBA001", d.DeclarationOfficeId);
        Assert.Equal(new Amount(9500m, "GBP"), d.InvoiceAmount);
        Assert.Equal(1m, d.TotalPackageQuantity);
        Assert.Equal(new TransportMeans { Id = "CSCLGLOBE", IdentificationTypeCode = "11", RegistrationNationalityCode = "GB", ModeCode = "4" }, d.BorderTransportMeans);
        Assert.Equal("GB025115100010", d.Consignment?.Carrier?.Id);
        Assert.Equal("B", d.Consignment?.FreightPaymentMethodCode);
        Assert.Equal(["GB", "PK"], d.Consignment?.RoutingCountries!);

        var shipment = d.GoodsShipment!;
        Assert.Equal("PK Rifle Ltd", shipment.Consignee?.Name);
        Assert.Equal("PK", shipment.Consignee?.Address?.CountryCode);
        Assert.Equal("1", shipment.Consignment?.ContainerCode);
        Assert.Equal(new TransportMeans { Id = "GB427052534", IdentificationTypeCode = "41", ModeCode = "4" }, shipment.Consignment?.DepartureTransportMeans);
        Assert.Equal(
            new GoodsLocation { Name = "CBRLHRXAD", TypeCode = "A", Address = new Address { TypeCode = "U", CountryCode = "GB" } },
            shipment.Consignment?.GoodsLocation);
        var container = Assert.Single(shipment.Consignment!.TransportEquipment);
        Assert.Equal("AHFB9384274", container.Id);
        Assert.Equal(new Seal { Sequence = 1, Id = "17583753" }, Assert.Single(container.Seals));
        Assert.Equal("PK", shipment.DestinationCountry);
        Assert.Equal("GB", shipment.ExportCountry);
        Assert.Equal(new PreviousDocument { CategoryCode = "Z", TypeCode = "DCR", Id = "3GB417869120000-1310TX", Line = 1 }, Assert.Single(shipment.PreviousDocuments));

        var item = Assert.Single(shipment.GoodsItems);
        Assert.Equal(new Amount(9500m, "GBP"), item.StatisticalValue);
        Assert.Equal("11", item.TransactionNatureCode);
        Assert.Equal("1040", item.ProcedureCode);
        Assert.Equal(["1CS"], item.AdditionalProcedureCodes);
        Assert.Equal([new Classification("0010164-4", "CV"), new Classification("29349990", "TSP")], item.Classifications);
        Assert.Equal("29349990", item.CommodityCode);
        Assert.Equal(15m, item.NetMass);
        Assert.Equal(20m, item.GrossMass);
        Assert.Equal(10m, item.SupplementaryUnits);
        Assert.Equal(new Package { Sequence = 1, TypeCode = "BX", Quantity = 1m, Marks = "TCOLT123" }, Assert.Single(item.Packages));
        Assert.Equal(5, item.AdditionalDocuments.Count);
        Assert.Equal(
            new AdditionalDocument { CategoryCode = "9", TypeCode = "113", Id = "GBCHA12345678", LpcoExemptionCode = "AE" },
            item.AdditionalDocuments[1]);
    }

    [Fact]
    public void Reader_MapsDutyTaxFeesWithQuotaAndSpecificBase()
    {
        var items = SampleIndex.Declarations.Values
            .Where(static s => s.Valid && s.Role == "declaration")
            .SelectMany(static s => ReadSample(s.File).Content.GoodsItems)
            .ToList();

        var quota = items.SelectMany(static i => i.DutyTaxFees).First(static f => f.QuotaOrderId is not null);
        Assert.Matches("^[0-9]{6}$", quota.QuotaOrderId!);
        var specific = items.SelectMany(static i => i.DutyTaxFees).First(static f => f.SpecificTaxBase is not null);
        Assert.NotNull(specific.SpecificTaxBase!.Unit);
        Assert.Contains(items, static i => i.PreferentialOrigin is { Type: "2" } && i.Origin is { Type: "1" });
        Assert.Contains(items, static i => i.ValuationIndicator == "0000" && i.ValuationMethod == "1");
    }

    private static ParsedDeclaration ReadSample(string file)
    {
        var result = Reader.Read(SampleIndex.Get(file).ReadBytes());
        Assert.True(result.Succeeded, Describe(result.Problems));
        return result.Declaration;
    }

    private static void AssertHeader(JsonElement header, DeclarationContent d)
    {
        var shipment = d.GoodsShipment;
        AssertAmount(header, "invoice_amount", d.InvoiceAmount);
        AssertAmount(header, "freight_charge", shipment?.FreightCharge);
        Assert.Equal(Text(header, "export_country"), shipment?.ExportCountry);
        Assert.Equal(Text(header, "destination_country"), shipment?.DestinationCountry);
        Assert.Equal(Text(header, "transaction_nature_code"), shipment?.TransactionNatureCode);
        if (header.TryGetProperty("trade_terms", out var terms))
        {
            Assert.Equal(Text(terms, "condition_code"), shipment?.TradeTerms?.ConditionCode);
            Assert.Equal(Text(terms, "location"), shipment?.TradeTerms?.LocationId);
        }

        if (header.TryGetProperty("warehouse", out var warehouse))
        {
            Assert.Equal(new Warehouse { Id = Text(warehouse, "id"), TypeCode = Text(warehouse, "type") }, shipment?.Warehouse);
        }

        Assert.Equal(
            List(header, "previous_documents").Select(static p => (Text(p, "code"), Text(p, "id"))),
            (shipment?.PreviousDocuments ?? []).Select(static p => ((string?)(p.CategoryCode + p.TypeCode), p.Id)));
        Assert.Equal(
            List(header, "additional_documents").Select(static p => (Text(p, "code"), Text(p, "id"))),
            d.AdditionalDocuments.Select(static p => ((string?)(p.CategoryCode + p.TypeCode), p.Id)));
        Assert.Equal(
            List(header, "authorisation_types").Select(static t => t.GetString()),
            d.AuthorisationHolders.Select(static h => h.CategoryCode));
        Assert.Equal(
            List(header, "charge_deductions").Select(static c => (Text(c, "type_code"), Decimal(c.GetProperty("amount"), "value"))),
            (shipment?.ChargeDeductions ?? []).Select(static c => (c.ChargesTypeCode, c.Amount?.Value)));
    }

    private static void AssertAmendments(JsonElement entry, DeclarationContent d)
    {
        var expected = List(entry, "amendments")
            .Select(static a => (
                Text(a, "change_reason_code"),
                string.Join(';', a.GetProperty("pointers").EnumerateArray().Select(static p => string.Join(',', p.EnumerateArray().Select(static v => v.ValueKind == JsonValueKind.Null ? "" : v.GetString()))))))
            .ToList();
        var actual = d.Amendments
            .Select(static a => (
                a.ChangeReasonCode,
                string.Join(';', a.Pointers.Select(static p => string.Join(',', p.DocumentSectionCode, p.Sequence?.ToString(CultureInfo.InvariantCulture), p.TagId)))))
            .ToList();
        Assert.Equal(expected, actual);
    }

    private static void AssertItem(JsonElement expected, GoodsItem item)
    {
        Assert.Equal(int.Parse(expected.GetProperty("seq").GetString()!, CultureInfo.InvariantCulture), item.Sequence);
        Assert.Equal(Text(expected, "commodity_code"), item.CommodityCode);
        Assert.Equal(Text(expected, "description"), item.Description);
        Assert.Equal(
            expected.GetProperty("classifications").EnumerateArray().Select(static c => new Classification(Text(c, "id")!, Text(c, "type")!)),
            item.Classifications);
        if (expected.TryGetProperty("origin", out var origin) && origin.ValueKind == JsonValueKind.Object)
        {
            var read = Text(origin, "type") == "2" ? item.PreferentialOrigin : item.Origin;
            Assert.Equal(new Origin(Text(origin, "country"), Text(origin, "type")), read);
        }
        else
        {
            Assert.Null(item.Origin);
            Assert.Null(item.PreferentialOrigin);
        }

        if (expected.TryGetProperty("procedure", out var procedure) && procedure.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(Text(procedure, "code"), item.ProcedureCode);
        }
        else
        {
            Assert.Null(item.ProcedureCode);
        }

        Assert.Equal(List(expected, "additional_procedure_codes").Select(static c => c.GetString()), item.AdditionalProcedureCodes);
        Assert.Equal(Decimal(expected, "net_mass"), item.NetMass);
        Assert.Equal(Decimal(expected, "gross_mass"), item.GrossMass);
        Assert.Equal(Decimal(expected, "supplementary_units"), item.SupplementaryUnits);
        AssertAmount(expected, "invoice_amount", item.ItemAmount);
        AssertAmount(expected, "statistical_value", item.StatisticalValue);
        AssertAmount(expected, "customs_value_amount", item.CustomsValue);
        Assert.Equal(Text(expected, "valuation_method"), item.ValuationMethod);
        Assert.Equal(Text(expected, "valuation_indicator"), item.ValuationIndicator);
        Assert.Equal(Text(expected, "transaction_nature_code"), item.TransactionNatureCode);
        Assert.Equal(Text(expected, "export_country"), item.ExportCountry);
        Assert.Equal(Text(expected, "destination_country"), item.DestinationCountry);
        Assert.Equal(
            List(expected, "duty_tax_fees").Select(static f => (Text(f, "type_code"), Text(f, "duty_regime_code"), Text(f, "quota_order_id"), Text(f, "payment_method"))),
            item.DutyTaxFees.Select(static f => (f.TypeCode, f.DutyRegimeCode, f.QuotaOrderId, f.MethodCode)));
        Assert.Equal(
            List(expected, "additional_documents").Select(static a => (Text(a, "category"), Text(a, "type"), Text(a, "id"), Text(a, "status"))),
            item.AdditionalDocuments.Select(static a => (a.CategoryCode, a.TypeCode, a.Id, a.LpcoExemptionCode)));
        Assert.Equal(
            List(expected, "additional_information").Select(static a => (Text(a, "code"), Text(a, "description"), Text(a, "type"))),
            item.AdditionalInformation.Select(static a => (a.StatementCode, a.StatementDescription, a.StatementTypeCode)));
    }

    private static void AssertAmount(JsonElement parent, string name, Amount? actual)
    {
        if (parent.TryGetProperty(name, out var amount) && amount.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(new Amount(Decimal(amount, "value")!.Value, Text(amount, "currency")), actual);
        }
        else
        {
            Assert.Null(actual);
        }
    }

    private static IEnumerable<JsonElement> List(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Integer(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    /// <summary>A decimal held as a string, or as an object with a "value" string (index.json's amounts and measures).</summary>
    private static decimal? Decimal(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            value = value.GetProperty("value");
        }

        return value.ValueKind == JsonValueKind.String ? decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture) : null;
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(static c => c == '\n') + 1;

    internal static string Describe(IReadOnlyList<IntakeProblem> problems) => string.Join(Environment.NewLine, problems);
}
