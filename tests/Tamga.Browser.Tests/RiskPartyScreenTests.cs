using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RiskPartyScreenTests(BrowserFixture fixture)
{
    /// <summary>The demonstration trader declares; the importer is a party no other test uses, so its history is this test's alone.</summary>
    private const string Declarant = "GB553202734852";
    private const string Importer = "GB846113296000";

    /// <summary>Printed books (nothing due) from a trader whose importer name is spelled each time differently.</summary>
    private static string Declaration(string lrn, string importerName, string sellerName) =>
        $$"""
        {
          "functionCode": "9", "functionalReferenceId": "{{lrn}}", "typeCode": "IMA", "goodsItemQuantity": 1, "totalPackageQuantity": 50,
          "invoiceAmount": { "value": 1000, "currency": "GBP" },
          "declarant": { "id": "{{Declarant}}" },
          "presentationOffice": "ZZ000002",
          "borderTransportMeans": { "registrationNationalityCode": "US", "modeCode": "1" },
          "goodsShipment": {
            "transactionNatureCode": "1",
            "importer": { "id": "{{Importer}}", "name": "{{importerName}}", "address": { "line": "1 Quay Street", "cityName": "Bristol", "postcodeId": "BS1 4DJ", "countryCode": "GB" } },
            "seller": { "name": "{{sellerName}}", "address": { "line": "5 Book Row", "cityName": "Boston", "postcodeId": "02108", "countryCode": "US" } },
            "destinationCountry": "GB", "exportCountry": "US",
            "goodsItems": [{
              "sequence": 1, "description": "Printed books",
              "classifications": [ { "id": "49019900", "type": "TSP" }, { "id": "00", "type": "TRC" }, { "id": "VATZ", "type": "GN" } ],
              "commodityCode": "4901990000", "origin": { "country": "US", "type": "1" }, "procedureCode": "4000", "additionalProcedureCodes": [ "000" ],
              "netMass": 100, "grossMass": 150, "itemAmount": { "value": 1000, "currency": "GBP" }, "valuationMethod": "1",
              "packages": [ { "sequence": 1, "typeCode": "BX", "quantity": 50, "marks": "BX-1" } ]
            }]
          }
        }
        """;

    [Fact]
    public async Task Analyst_finds_a_party_lodged_under_two_spellings_and_sees_its_history_links_and_network()
    {
        using (var http = new HttpClient { BaseAddress = new Uri(fixture.Host.BaseUrl) })
        {
            var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { user = "trader", password = "trader-demo" });
            token.EnsureSuccessStatusCode();
            var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            foreach (var (lrn, importer, seller) in new[] { ("QUAYPARTY-1", "Quayside Books Ltd", "Beacon Hill Press Inc."), ("QUAYPARTY-2", "QUAYSIDE BOOKS LIMITED", "Beacon Hill Press") })
            {
                var lodged = await http.PostAsync("/api/v1/declarations", new StringContent(Declaration(lrn, importer, seller), Encoding.UTF8, "application/json"));
                Assert.True(lodged.IsSuccessStatusCode, await lodged.Content.ReadAsStringAsync());
            }
        }

        await using var analyst = await fixture.OpenAsync();
        var page = analyst.Page;
        await analyst.SignInAsync("analyst", "analyst-demo");
        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Parties" }).ClickAsync();
        await page.WaitForURLAsync("**/risk/parties");
        await page.GetByLabel("Number, identifier, name or address").FillAsync("quayside books");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var row = page.Locator("#parties tbody tr", new() { HasText = "Quayside Books Ltd" });
        await Expect(row).ToContainTextAsync(Importer);
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("Quayside Books Ltd");
        await Expect(page.Locator("#history-declarations")).ToHaveTextAsync("2");
        await Expect(page.Locator("#party-links tr", new() { HasText = "QUAYSIDE BOOKS LIMITED" })).ToContainTextAsync("linked: same identifier " + Importer);
        await Expect(page.Locator("#network-graph")).ToBeVisibleAsync();
        await Expect(page.Locator("#network-table tr", new() { HasText = "Beacon Hill Press" })).ToContainTextAsync("seller of its declarations");

        await analyst.ChooseLanguageAsync("Русский");
        await Expect(page.Locator("#history-title")).ToHaveTextAsync("История соблюдения требований");
        await analyst.ChooseLanguageAsync("Français");
        await Expect(page.Locator("#network-title")).ToHaveTextAsync("Réseau");
        analyst.AssertNoProblems();
    }

    [Fact]
    public async Task Officer_records_an_offence_on_the_party_page_sees_it_listed_and_reads_it_on_the_next_declaration()
    {
        const string offender = "GB846113297001";
        using var http = new HttpClient { BaseAddress = new Uri(fixture.Host.BaseUrl) };
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { user = "trader", password = "trader-demo" });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString());
        async Task<JsonElement> LodgeAsync(string lrn)
        {
            var json = Declaration(lrn, "Harbour Prints Ltd", "Old Town Press").Replace(Importer, offender, StringComparison.Ordinal);
            var lodged = await http.PostAsync("/api/v1/declarations", new StringContent(json, Encoding.UTF8, "application/json"));
            Assert.True(lodged.IsSuccessStatusCode, await lodged.Content.ReadAsStringAsync());
            return await lodged.Content.ReadFromJsonAsync<JsonElement>();
        }

        Assert.Equal("Green", (await LodgeAsync("HARBOUR-1")).GetProperty("channel").GetString());

        await using var officer = await fixture.OpenAsync();
        var page = officer.Page;
        await officer.SignInAsync("officer", "officer-demo");
        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Parties" }).ClickAsync();
        await page.WaitForURLAsync("**/risk/parties");
        await page.GetByLabel("Number, identifier, name or address").FillAsync(offender);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.Locator("#parties tbody tr", new() { HasText = "Harbour Prints Ltd" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Harbour Prints Ltd");
        await Expect(page.Locator("#history-offences")).ToHaveTextAsync("0");

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.GetByLabel("Date of the offence").FillAsync(today);
        await page.Locator("#kind").SelectOptionAsync("smuggling");
        await page.GetByLabel("Reference").FillAsync("CASE-BRW-1");
        await page.GetByLabel("Description").FillAsync("Books hidden in a load of paper rolls");
        await page.GetByLabel("Penalty").FillAsync("2500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the offence" }).ClickAsync();

        await Expect(page.Locator("#done")).ToContainTextAsync("The offence is recorded");
        var listed = page.Locator("#offences-table tbody tr", new() { HasText = "CASE-BRW-1" });
        await Expect(listed).ToContainTextAsync("Smuggling");
        await Expect(listed).ToContainTextAsync("Books hidden in a load of paper rolls");
        await Expect(page.Locator("#history-offences")).ToHaveTextAsync("1");

        // The importer's next declaration goes to a documentary check, and the officer reads why.
        var next = await LodgeAsync("HARBOUR-2");
        Assert.Equal("Yellow", next.GetProperty("channel").GetString());
        await page.GotoAsync($"/control/{next.GetProperty("id").GetString()}");
        await Expect(page.Locator("main")).ToContainTextAsync($"1 offence (latest: smuggling on {today}, CASE-BRW-1)");
        officer.AssertNoProblems();
    }

    [Fact]
    public async Task Analyst_sees_inspection_rates_per_office_as_a_chart_and_downloads_them()
    {
        await using var analyst = await fixture.OpenAsync();
        var page = analyst.Page;
        await analyst.SignInAsync("analyst", "analyst-demo");
        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Hit rates" }).ClickAsync();
        await page.WaitForURLAsync("**/risk/hit-rates");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Hit rates");
        await Expect(page.Locator("#hit-rates-csv")).ToHaveAttributeAsync("href", "/api/v1/risk/hit-rates.csv");
        await analyst.ChooseLanguageAsync("Français");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Taux de réussite");
        analyst.AssertNoProblems();
    }
}
