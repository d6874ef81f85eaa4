using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Declarations;

/// <summary>The DMSTAX notification carries the assessment: every item's tax lines and why they differ from those declared.</summary>
public sealed class TaxAssessmentNotificationTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private static readonly XNamespace Res = "urn:wco:datamodel:WCO:RES-DMS:2";

    [Fact]
    public async Task TheTaxAssessment_ListsEachItemsDutiesAndTaxes_AndExplainsADifferenceFromTheDeclaredLine()
    {
        using var trader = await factory.ClientForAsync("trader");
        // Parts of shavers from the US, 1,000.00 GBP: 2 % customs duty (20.00) and 20 % VAT on value plus duty (204.00);
        // the declarant computed 15.00 of duty.
        var json = SimpleImport.Json("DMSTAX-0001", commodity: "8510900000", nationalAdditionalCode: null)
            .Replace("\"valuationMethod\": \"1\",", "\"valuationMethod\": \"1\", \"dutyTaxFees\": [ { \"typeCode\": \"A00\", \"dutyRegimeCode\": \"100\", \"taxAssessedAmount\": { \"value\": 15.00, \"currency\": \"GBP\" } } ],", StringComparison.Ordinal);
        var (response, body) = await SimpleImport.LodgeAsync(trader, json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, body.GetProperty("links").GetProperty("notifications").GetString());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        var notifications = XDocument.Parse(await (await trader.SendAsync(request)).Content.ReadAsStringAsync());
        var tax = notifications.Root!.Elements().First(m => m.Descendants(Res + "FunctionCode").First().Value == "13");
        var errors = new List<string>();
        System.Xml.Schema.Extensions.Validate(new XDocument(tax), Tamga.Declarations.Intake.DecDmsSchemas.Notification, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);

        var lines = tax.Descendants(Res + "GovernmentAgencyGoodsItem")
            .Single(i => i.Element(Res + "SequenceNumeric")!.Value == "1")
            .Descendants(Res + "DutyTaxFee")
            .ToDictionary(d => d.Element(Res + "TypeCode")!.Value);
        Assert.Equal("1000.00", lines["A00"].Element(Res + "AdValoremTaxBaseAmount")!.Value);
        Assert.Equal("2.00", lines["A00"].Element(Res + "TaxRateNumeric")!.Value);
        Assert.Equal("20.00", lines["A00"].Descendants(Res + "TaxAssessedAmount").Single().Value);
        Assert.Equal("1020.00", lines["B00"].Element(Res + "AdValoremTaxBaseAmount")!.Value);
        Assert.Equal("204.00", lines["B00"].Descendants(Res + "TaxAssessedAmount").Single().Value);

        var total = tax.Element(Res + "Response")!.Element(Res + "Declaration")!.Element(Res + "DutyTaxFee")!.Element(Res + "Payment")!;
        Assert.Equal("224.00", total.Element(Res + "TaxAssessedAmount")!.Value);
        Assert.Equal("224.00", total.Element(Res + "PaymentAmount")!.Value);

        var statements = tax.Descendants(Res + "StatementDescription").Select(s => s.Value).ToList();
        Assert.Contains(statements, s => s.Contains("declared A00 15.00, assessed 20.00 (difference +5.00)", StringComparison.Ordinal));
    }
}
