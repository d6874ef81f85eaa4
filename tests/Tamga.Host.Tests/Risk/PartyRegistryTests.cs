using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Risk.Parties;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Risk;

public sealed class PartyRegistryTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    /// <summary>A simple import with the importer's name and address and a seller known only by name and address.</summary>
    public static string WithParties(string lrn, string importerName, string sellerName, string sellerPostcode, string commodity = SimpleImport.Books) =>
        SimpleImport.Json(lrn, commodity: commodity, origin: "TR").Replace(
            $$"""
            "importer": { "id": "{{SimpleImport.Importer}}" },
            """,
            $$"""
            "importer": { "id": "{{SimpleImport.Importer}}", "name": "{{importerName}}", "address": { "line": "1 High Street", "cityName": "London", "postcodeId": "SW1A 1AA", "countryCode": "GB" } },
            "seller": { "name": "{{sellerName}}", "address": { "line": "88 Nanjing Road", "cityName": "Shanghai", "postcodeId": "{{sellerPostcode}}", "countryCode": "CN" } },
            """,
            StringComparison.Ordinal);

    private static async Task<JsonElement> EventuallyAsync(HttpClient client, string url, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var body = await SimpleImport.GetAsync(client, url);
            if (done(body) || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task PartiesAreResolvedAcrossSpellings_WithHistoryAndNetwork_ForAnalystsAndOfficersOnly()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var analyst = await factory.ClientForAsync("analyst");
        var (first, lodged) = await SimpleImport.LodgeAsync(trader, WithParties("PARTY-0001", "Borough Books Ltd", "Shanghai Paper Mill Co., Ltd.", "200001", commodity: "9303200000"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var (second, _) = await SimpleImport.LodgeAsync(trader, WithParties("PARTY-0002", "BOROUGH BOOKS LIMITED", "SHANGHAI PAPER MILL CO LTD", "200 001"));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var (third, _) = await SimpleImport.LodgeAsync(trader, WithParties("PARTY-0003", "Borough Books Ltd", "Shanghai Paper Mill", "310000"));
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/risk/parties?q=borough")).StatusCode);
        var bad = await analyst.GetAsync("/api/v1/risk/parties?q=" + new string('x', 201));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"q\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var found = await SimpleImport.GetAsync(officer, "/api/v1/risk/parties?q=borough%20books");
        var importer = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(SimpleImport.Importer, importer.GetProperty("identifiers")[0].GetString());
        Assert.Equal(3, importer.GetProperty("declarations").GetInt32());
        var id = importer.GetProperty("id").GetString();

        var detail = await SimpleImport.GetAsync(analyst, $"/api/v1/risk/parties/{id}");
        var names = detail.GetProperty("names").EnumerateArray().ToList();
        Assert.Equal(2, names.Count);
        Assert.Contains(names, n => n.GetProperty("declared").GetString() == "BOROUGH BOOKS LIMITED" && n.GetProperty("reason").GetString() == $"linked: same identifier {SimpleImport.Importer}");
        Assert.Equal(3, detail.GetProperty("roles").GetProperty("importer").GetInt32());

        var sellers = (await SimpleImport.GetAsync(analyst, "/api/v1/risk/parties?q=shanghai%20paper%20mill")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, sellers.Count); // same name and postcode linked; another postcode is another party
        var linked = sellers.Single(s => s.GetProperty("declarations").GetInt32() == 2);
        var sellerDetail = await SimpleImport.GetAsync(analyst, $"/api/v1/risk/parties/{linked.GetProperty("id").GetString()}");
        Assert.Contains(sellerDetail.GetProperty("names").EnumerateArray(), n => n.GetProperty("reason").GetString() == "linked: same name SHANGHAI PAPER MILL and postcode 200001");

        var network = await SimpleImport.GetAsync(analyst, $"/api/v1/risk/parties/{id}/network");
        var relations = network.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("relation").GetString()).ToList();
        Assert.Contains("seller of its declarations", relations);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync($"/api/v1/risk/parties/{id}/network")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync($"/api/v1/risk/parties/{Guid.NewGuid()}")).StatusCode);

        // A control result (the first declaration, arms, went red) joins the importer's history.
        var declarationId = lodged.GetProperty("id").GetString();
        var control = await officer.PostAsJsonAsync($"/api/v1/declarations/{declarationId}/control-result", new { findings = "Undeclared goods", outcome = "refuse", revenueRaised = 300m });
        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
        var history = await EventuallyAsync(analyst, $"/api/v1/risk/parties/{id}", d => d.GetProperty("party").GetProperty("controls").GetInt32() == 1);
        Assert.Equal(1, history.GetProperty("party").GetProperty("irregularities").GetInt32());
        Assert.Equal(300m, history.GetProperty("party").GetProperty("revenueRaised").GetDecimal());

        // Written behind to the database: a registry loaded afresh (as at the next start) knows the same party.
        await factory.Services.GetRequiredService<PartyStore>().FlushAsync(CancellationToken.None);
        var reloaded = new PartyRegistry(factory.Services.GetRequiredService<PartyStore>(), TimeProvider.System);
        await reloaded.LoadAsync(factory.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        var again = reloaded.Find(Guid.Parse(id!))!;
        Assert.Equal((3, 1, 1, 300m), (again.Party.Declarations, again.Party.Controls, again.Party.Irregularities, again.Party.RevenueRaised));
        Assert.Contains(again.Names, n => n.Reason == $"linked: same identifier {SimpleImport.Importer}");
    }

    [Fact]
    public async Task HitRates_CountAssessmentsPerOffice_ForAnalystsOnly_AsJsonAndCsv()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var analyst = await factory.ClientForAsync("analyst");
        var (lodged, _) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("HITRATE-0001", presentationOffice: "ZZ000003"));
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/risk/hit-rates")).StatusCode);
        var rates = await EventuallyAsync(analyst, "/api/v1/risk/hit-rates", r => r.GetProperty("offices").EnumerateArray().Any(o => o.GetProperty("office").GetString() == "ZZ000003"));
        var office = rates.GetProperty("offices").EnumerateArray().Single(o => o.GetProperty("office").GetString() == "ZZ000003");
        Assert.Equal(1, office.GetProperty("assessed").GetInt32());
        var csv = await analyst.GetAsync("/api/v1/risk/hit-rates.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("office,ZZ000003,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
