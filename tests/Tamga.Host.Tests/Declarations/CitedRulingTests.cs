using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Declarations;

/// <summary>A declaration citing a binding tariff information ruling (DE 2/3, document code C626) is checked when lodged.</summary>
public sealed class CitedRulingTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Rulings = "/api/v1/tariff/rulings";
    private const string Broker = "GB603202734852";

    [Fact]
    public async Task A_cited_ruling_must_exist_cover_the_declared_code_and_belong_to_the_declarant()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var broker = await factory.ClientForAsync("broker");
        var submitted = await SendAsync(trader.PostAsJsonAsync($"{Rulings}/applications", new { kind = "bti", goodsDescription = "Printed books, bound, of fiction, in English" }), HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetString();
        await SendAsync(officer.PostAsync($"{Rulings}/applications/{id}/assign", null), HttpStatusCode.OK);
        var decided = await SendAsync(officer.PostAsJsonAsync($"{Rulings}/applications/{id}/decide", new
        {
            code = "49019900",
            justification = "General rules 1 and 6: heading 4901 names printed books; subheading 4901 99, other than single sheets and dictionaries.",
            validityYears = 3,
        }), HttpStatusCode.OK);
        var number = decided.GetProperty("rulingNumber").GetString()!;

        var (valid, validBody) = await SimpleImport.LodgeAsync(trader, Citing(SimpleImport.Json("BTI-OK-0001"), number));
        Assert.True(valid.StatusCode == HttpStatusCode.Created, validBody.ToString());

        await AssertRejectedAsync(trader, Citing(SimpleImport.Json("BTI-UNK-0001"), "BTI-1999-99999"), "DEC-R050");
        await AssertRejectedAsync(trader, Citing(SimpleImport.Json("BTI-COD-0001", commodity: "4902100000"), number), "DEC-R053");
        await AssertRejectedAsync(broker, Citing(SimpleImport.Json("BTI-HLD-0001", declarant: Broker), number), "DEC-R052");
    }

    private static string Citing(string json, string ruling) => json.Replace(
        "\"procedureCode\": \"4000\",",
        $$"""
        "additionalDocuments": [ { "categoryCode": "C", "typeCode": "626", "id": "{{ruling}}" } ],
          "procedureCode": "4000",
        """,
        StringComparison.Ordinal);

    private static async Task AssertRejectedAsync(HttpClient client, string json, string rule)
    {
        var (response, body) = await SimpleImport.LodgeAsync(client, json);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {body}");
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(rule, error.GetProperty("rule").GetString());
        Assert.StartsWith("DE 2/3 goodsShipment.goodsItems[0].additionalDocuments[0]", error.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
