using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

using Tamga.Declarations.Domain;
using Tamga.Declarations.Intake;
using Tamga.Declarations.Tests.TestSupport;

namespace Tamga.Declarations.Tests;

public sealed class ResponseXmlWriterTests
{
    private static readonly XNamespace Res = DecDmsSchemas.ResponseNamespace;
    private static readonly DateTimeOffset Issued = new(2025, 3, 4, 14, 15, 41, TimeSpan.FromHours(1));

    /// <summary>Every function code (01 ACC, 02 RCV, 03 REJ, 05 CTL, 06 DOC, 07 RES, 08 ROG, 09 CLE, 10 INV, 11 REQ, 13 TAX…).</summary>
    public static TheoryData<int> FunctionCodes()
    {
        var data = new TheoryData<int>();
        foreach (var function in Enum.GetValues<ResponseFunction>())
        {
            data.Add((int)function);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FunctionCodes))]
    public void Writer_WhenAnyFunction_WritesANotificationValidAgainstTheSchema(int functionCode)
    {
        var function = (ResponseFunction)functionCode;
        var response = Example(function);

        var xml = ResponseXmlWriter.WriteUtf8(response, new ResponseIssuer { ResponsibleCountryCode = "GB", ResponsibleAgencyName = "Tamga" });

        Assert.Empty(Validate(xml));
        var document = XDocument.Load(new MemoryStream(xml));
        var element = document.Root!.Element(Res + "Response")!;
        Assert.Equal(((int)function).ToString("00", System.Globalization.CultureInfo.InvariantCulture), element.Element(Res + "FunctionCode")!.Value);
        Assert.Equal("20250304141541+01", element.Element(Res + "IssueDateTime")!.Elements().Single().Value);
        Assert.Equal("LRN-2025-000123", element.Element(Res + "Declaration")!.Element(Res + "FunctionalReferenceID")!.Value);
        Assert.Equal("25GB3POHWIVZSF9AR0", element.Element(Res + "Declaration")!.Element(Res + "ID")!.Value);
    }

    [Fact]
    public void Writer_WhenRejected_WritesEveryErrorWithItsPointers()
    {
        var response = Example(ResponseFunction.Rejected) with
        {
            Mrn = null,
            RejectedAt = Issued,
            Errors =
            [
                new ResponseError(DeclarationRules.GoodsItemQuantityMismatch, "The total number of items is 2 but the declaration has 1 goods items.")
                {
                    Pointers = [new Pointer { DocumentSectionCode = "42A" }, new Pointer { DocumentSectionCode = "67A", TagId = "146" }],
                },
                new ResponseError("CDS12056", new string('x', 600)),
            ],
        };

        var xml = ResponseXmlWriter.WriteUtf8(response);

        Assert.Empty(Validate(xml));
        var errors = XDocument.Load(new MemoryStream(xml)).Descendants(Res + "Error").ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("DEC-R010", errors[0].Element(Res + "ValidationCode")!.Value);
        Assert.Equal(["42A", "67A"], errors[0].Elements(Res + "Pointer").Select(static p => p.Element(Res + "DocumentSectionCode")!.Value));
        Assert.Equal(512, errors[1].Element(Res + "Description")!.Value.Length);
    }

    [Fact]
    public void Writer_WhenTaxAssessment_WritesItemLinesAndPayments()
    {
        var response = Example(ResponseFunction.TaxAssessment);

        var xml = ResponseXmlWriter.WriteUtf8(response);

        Assert.Empty(Validate(xml));
        var duties = XDocument.Load(new MemoryStream(xml)).Descendants(Res + "GovernmentAgencyGoodsItem").Single().Descendants(Res + "DutyTaxFee").ToList();
        Assert.Equal(["A00", "B00"], duties.Select(static d => d.Element(Res + "TypeCode")!.Value));
        Assert.Equal("20.00", duties[0].Element(Res + "Payment")!.Element(Res + "TaxAssessedAmount")!.Value);
        Assert.Equal("GBP", duties[0].Element(Res + "Payment")!.Element(Res + "TaxAssessedAmount")!.Attribute("currencyID")!.Value);
    }

    [Fact]
    public void NotificationSchemas_RefuseAResponseWithoutItsDeclaration()
    {
        var xml = ResponseXmlWriter.Write(Example(ResponseFunction.Accepted));
        var start = xml.IndexOf("<Declaration>", StringComparison.Ordinal);
        var end = xml.IndexOf("</Declaration>", StringComparison.Ordinal) + "</Declaration>".Length;

        var errors = Validate(System.Text.Encoding.UTF8.GetBytes(xml[..start] + xml[end..]));

        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData(0, "20250304131541Z")]
    [InlineData(1, "20250304141541+01")]
    [InlineData(-5, "20250304081541-05")]
    public void Format304_WritesWholeHourOffsetsOrUtc(int hours, string expected)
    {
        var moment = new DateTimeOffset(2025, 3, 4, 13, 15, 41, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(hours));

        Assert.Equal(expected, ResponseXmlWriter.Format304(moment));
    }

    [Fact]
    public void Format304_WhenOffsetHasMinutes_WritesUtc()
    {
        var moment = new DateTimeOffset(2025, 3, 4, 18, 45, 41, TimeSpan.FromMinutes(330));

        Assert.Equal("20250304131541Z", ResponseXmlWriter.Format304(moment));
    }

    [Fact]
    public void NotificationSchemas_AcceptTheNamespacedSampleNotifications()
    {
        var folder = Path.Combine(RepositoryPaths.Samples, "TT_EX039a", "Example_Notifications");
        var namespaced = Directory.GetFiles(folder, "*.xml")
            .Where(static f => File.ReadAllText(f).Contains(DecDmsSchemas.ResponseNamespace, StringComparison.Ordinal))
            .ToList();

        Assert.Equal(5, namespaced.Count);
        Assert.All(namespaced, static f => Assert.Empty(Validate(File.ReadAllBytes(f))));
    }

    private static DeclarationResponse Example(ResponseFunction function) => new()
    {
        Function = function,
        Id = "6a1d0f9e2b7c4d35a8e0f1b2c3d4e5f6",
        IssuedAt = Issued,
        Lrn = "LRN-2025-000123",
        Mrn = "25GB3POHWIVZSF9AR0",
        Version = 1,
        AcceptedAt = function is ResponseFunction.Accepted or ResponseFunction.TaxAssessment or ResponseFunction.Cleared ? Issued.AddSeconds(-2) : null,
        CancelledAt = function == ResponseFunction.Invalidated ? Issued : null,
        Status = new ResponseStatus(function == ResponseFunction.TaxAssessment ? "67" : "4") { ReleasedAt = function == ResponseFunction.Cleared ? Issued : null },
        AdditionalInformation = function == ResponseFunction.DocumentsRequested
            ? [new AdditionalInformation { StatementCode = "DOC01", StatementDescription = "Provide the commercial invoice", StatementTypeCode = "AFB" }]
            : [],
        Amendments = function == ResponseFunction.ControlResult
            ? [new Amendment { ChangeReasonCode = "16", Pointers = [new Pointer { DocumentSectionCode = "42A" }, new Pointer { DocumentSectionCode = "64A", TagId = "L016" }] }]
            : [],
        Payments = function == ResponseFunction.TaxAssessment
            ? [new ResponsePayment { ReferenceId = "1108654", TaxAssessedAmount = new Amount(224.00m, "GBP"), PaymentAmount = new Amount(224.00m, "GBP") }]
            : [],
        AssessedItems = function == ResponseFunction.TaxAssessment
            ?
            [
                new AssessedItem(1)
                {
                    DutyTaxFees =
                    [
                        new DutyTaxFee
                        {
                            TypeCode = "A00",
                            DutyRegimeCode = "100",
                            TaxRate = 2.00m,
                            AdValoremTaxBase = new Amount(1000.00m, "GBP"),
                            TaxAssessedAmount = new Amount(20.00m, "GBP"),
                            PaymentAmount = new Amount(20.00m, "GBP"),
                        },
                        new DutyTaxFee
                        {
                            TypeCode = "B00",
                            TaxRate = 20.00m,
                            AdValoremTaxBase = new Amount(1020.00m, "GBP"),
                            TaxAssessedAmount = new Amount(204.00m, "GBP"),
                            PaymentAmount = new Amount(204.00m, "GBP"),
                        },
                    ],
                },
            ]
            : [],
    };

    private static List<string> Validate(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = DecDmsSchemas.Notification,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
