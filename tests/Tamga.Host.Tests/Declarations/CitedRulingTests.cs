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

    [Fact]
    public async Task An_amendment_citing_a_ruling_is_checked_as_at_lodging_and_a_refused_one_changes_nothing()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        var submitted = await SendAsync(trader.PostAsJsonAsync($"{Rulings}/applications", new { kind = "bti", goodsDescription = "Stocks of sporting rifles, of walnut, shaped, for military rifles of heading 9301" }), HttpStatusCode.Created);
        var application = submitted.GetProperty("id").GetString();
        await SendAsync(officer.PostAsync($"{Rulings}/applications/{application}/assign", null), HttpStatusCode.OK);
        var decided = await SendAsync(officer.PostAsJsonAsync($"{Rulings}/applications/{application}/decide", new
        {
            code = "93059100",
            justification = "General rules 1 and 6: heading 9305 names parts and accessories of the articles of heading 9301; subheading 9305 91.",
            validityYears = 3,
        }), HttpStatusCode.OK);
        var number = decided.GetProperty("rulingNumber").GetString()!;

        // Parts of military weapons: red channel, so the declaration stays open to amendment.
        var lrn = "BTI-AMD-" + Guid.NewGuid().ToString("N")[..8];
        var (lodged, lodgedBody) = await SimpleImport.LodgeAsync(trader, Citing(SimpleImport.Json(lrn, commodity: "9305910000"), number));
        Assert.True(lodged.StatusCode == HttpStatusCode.Created, lodgedBody.ToString());
        var id = lodgedBody.GetProperty("id").GetString();
        Assert.Equal("UnderControl", lodgedBody.GetProperty("status").GetString());

        await AssertAmendmentRefusedAsync(trader, id!, Citing(SimpleImport.Json(lrn, commodity: "9305910000"), "BTI-1999-99999"), "DEC-R050");
        await AssertAmendmentRefusedAsync(trader, id!, Citing(SimpleImport.Json(lrn, commodity: "9305100000"), number), "DEC-R053");
        Assert.Equal(1, await VersionAsync(trader, id!));

        using (var amended = await trader.PostAsync($"/api/v1/declarations/{id}/amendments", SimpleImport.Content(Citing(SimpleImport.Json(lrn, commodity: "9305910000"), number))))
        {
            Assert.True(amended.StatusCode == HttpStatusCode.OK, await amended.Content.ReadAsStringAsync());
        }

        // A court annuls the ruling from today, the day of acceptance: a further amendment citing it is refused.
        await SendAsync(officer.PostAsJsonAsync("/api/v1/tariff/court-decisions", new
        {
            court = "First-tier Tribunal (Tax Chamber)",
            caseNumber = "TC/2026/" + lrn,
            judgmentDate = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            commodityCodes = new[] { "93059100" },
            summary = "Rifle stocks for sporting rifles are not parts of military weapons of heading 9301.",
            operativeText = "The binding tariff information decision is annulled.",
            rulings = new[] { new { number, annuls = true } },
        }), HttpStatusCode.Created);
        await AssertAmendmentRefusedAsync(trader, id!, Citing(SimpleImport.Json(lrn, commodity: "9305910000"), number), "DEC-R051");
        Assert.Equal(2, await VersionAsync(trader, id!));
    }

    private static async Task<int> VersionAsync(HttpClient client, string id)
    {
        var declaration = await SimpleImport.GetAsync(client, $"/api/v1/declarations/{id}");
        return (declaration.TryGetProperty("summary", out var summary) ? summary : declaration).GetProperty("version").GetInt32();
    }

    private static async Task AssertAmendmentRefusedAsync(HttpClient client, string id, string json, string rule)
    {
        using var response = await client.PostAsync($"/api/v1/declarations/{id}/amendments", SimpleImport.Content(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(rule, error.GetProperty("rule").GetString());
        Assert.StartsWith("DE 2/3 goodsShipment.goodsItems[0].additionalDocuments[0]", error.GetProperty("field").GetString(), StringComparison.Ordinal);
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
