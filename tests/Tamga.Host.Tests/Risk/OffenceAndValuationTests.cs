using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Risk.Data;
using Tamga.Risk.Parties;
using Tamga.Risk.Selectivity;

namespace Tamga.Host.Tests.Risk;

/// <summary>Offences in a party's compliance history.</summary>
public sealed class OffenceTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
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

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task OffencesRecordedAgainstAnImporter_AreAudited_HiddenFromTraders_AndReRouteItsOpenDeclaration()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var analyst = await factory.ClientForAsync("analyst");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // Open under documentary check (the configured value criterion).
        var (_, open) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("OFFENCE-0001", value: 1_500_000m, origin: "VN"));
        Assert.Equal("Yellow", open.GetProperty("channel").GetString());
        var openId = open.GetProperty("id").GetString();

        var party = (await SimpleImport.GetAsync(analyst, $"/api/v1/risk/parties?q={SimpleImport.Importer}")).GetProperty("items")[0];
        var partyId = party.GetProperty("id").GetString();
        var number = party.GetProperty("number").GetString();
        var url = $"/api/v1/risk/parties/{partyId}/offences";
        var offence = new { offenceDate = Day(today.AddMonths(-2)), kind = "undervaluation", reference = "PEN-2026-0042", description = "Invoices halved for footwear from VN", penaltyAmount = 12500.50m };

        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync(url, offence)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync($"/api/v1/risk/parties/{partyId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.PostAsJsonAsync($"/api/v1/risk/parties/{Guid.NewGuid()}/offences", offence)).StatusCode);

        var bad = await analyst.PostAsJsonAsync(url, new { offenceDate = Day(today.AddDays(3)), kind = "speeding", reference = "", description = " ", penaltyAmount = -1m });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["offenceDate", "kind", "reference", "description", "penaltyAmount"], errors.Select(e => e.GetProperty("field").GetString()));
        Assert.Contains(errors, e => e.GetProperty("rule").GetString() == "RISK-OFFENCE-KIND");

        var first = await officer.PostAsJsonAsync(url, offence);
        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var second = await analyst.PostAsJsonAsync(url, new { offenceDate = Day(today), kind = "Smuggling", reference = "CASE-77", description = "Concealed goods in a container" });
        Assert.True(second.StatusCode == HttpStatusCode.Created, await second.Content.ReadAsStringAsync());
        Assert.Equal("smuggling", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());

        // Two offences: the importer's open declaration goes red, with the history and the announcement as reasons.
        var rerouted = (await EventuallyAsync(officer, $"/api/v1/declarations/{openId}", d => d.GetProperty("summary").GetProperty("channel").GetString() == "Red")).GetProperty("summary");
        Assert.Equal("Red", rerouted.GetProperty("channel").GetString());
        var reasons = rerouted.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.StartsWith("importer: 0 irregularities in 0 controls, 2 offences (latest: smuggling on " + Day(today) + ", CASE-77)", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith($"assessed again: new information on party {SimpleImport.Importer} ({number}): offence ", StringComparison.Ordinal));

        var detail = await SimpleImport.GetAsync(officer, $"/api/v1/risk/parties/{partyId}");
        Assert.Equal(2, detail.GetProperty("party").GetProperty("offences").GetInt32());
        var listed = detail.GetProperty("offences").EnumerateArray().ToList();
        Assert.Equal(["CASE-77", "PEN-2026-0042"], listed.Select(o => o.GetProperty("reference").GetString()));
        Assert.Equal(12500.50m, listed[1].GetProperty("penaltyAmount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, listed[0].GetProperty("penaltyAmount").ValueKind);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            var trail = await db.AuditRecords.Where(a => a.Stream == "risk-party/" + number).Select(a => a.Action).ToListAsync();
            Assert.Equal(["risk-party.offence-recorded", "risk-party.offence-recorded"], trail);
        }

        // Read afresh from the database (as at the next start), the offences are in the history.
        var reloaded = new PartyRegistry(factory.Services.GetRequiredService<PartyStore>(), TimeProvider.System);
        await factory.Services.GetRequiredService<PartyStore>().FlushAsync(CancellationToken.None);
        await reloaded.LoadAsync(factory.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        Assert.Equal(2, reloaded.Find(Guid.Parse(partyId!))!.Offences.Count);

        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

}

/// <summary>Valuation histories per importer, kept in the database.</summary>
public sealed class ValuationHistoryHostTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task AnImportersOwnUnitValueHistory_FlagsAFarLowerValue_AndIsKeptInTheDatabase()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var analyst = await factory.ClientForAsync("analyst");
        using var auditor = await factory.ClientForAsync("auditor");
        async Task<JsonElement> OfficialAsync(JsonElement lodged) =>
            (await SimpleImport.GetAsync(auditor, $"/api/v1/declarations/{lodged.GetProperty("id").GetString()}")).GetProperty("summary");

        // Five declarations of the importer at 10 per kg (1,000 for 100 kg) of HS 490199 from KR.
        for (var i = 1; i <= 5; i++)
        {
            var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json($"VALUATION-000{i}", value: 1000m + i, origin: "KR"));
            Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
            Assert.DoesNotContain((await OfficialAsync(body)).GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("valuation:", StringComparison.Ordinal));
        }

        // 2 per kg: too little history for the market, far below the importer's own past.
        var (_, low) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("VALUATION-0006", value: 200m, origin: "KR"));
        Assert.Equal("Yellow", low.GetProperty("channel").GetString());
        var party = (await SimpleImport.GetAsync(analyst, $"/api/v1/risk/parties?q={SimpleImport.Importer}")).GetProperty("items")[0];
        Assert.Equal(["selected for a documentary check"], low.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray());
        var reason = Assert.Single((await OfficialAsync(low)).GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!), r => r.StartsWith("valuation:", StringComparison.Ordinal));
        Assert.Equal($"valuation: item 1 declares 2 per kg, the importer's own usual for HS 490199 from KR is 10.03 per kg (lowest usual 8.21; 5 of its declarations, party {party.GetProperty("number").GetString()})", reason);

        // Written behind: histories read afresh from the database (as at the next start) are the same.
        await factory.Services.GetRequiredService<PartyStore>().FlushAsync(CancellationToken.None);
        var running = factory.Services.GetRequiredService<ValuationHistory>();
        var reloaded = new ValuationHistory(20, 2.5, TimeProvider.System);
        await reloaded.LoadAsync(factory.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        var importer = Guid.Parse(party.GetProperty("id").GetString()!);
        Assert.Equal(6, reloaded.Reference("490199", "KR", importer)!.Value.Count);
        Assert.Equal(running.Reference("490199", "KR", importer), reloaded.Reference("490199", "KR", importer));
        Assert.Equal(running.Reference("490199", "KR"), reloaded.Reference("490199", "KR"));
    }
}
