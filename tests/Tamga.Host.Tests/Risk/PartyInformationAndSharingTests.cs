using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Risk.Data;

namespace Tamga.Host.Tests.Risk;

/// <summary>Re-assessment on new party information, the AEO register, office capacity, alerts and G2G sharing.</summary>
public sealed class PartyInformationAndSharingTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
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

    private static async Task<List<string>> FieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).ToList();
    }

    [Fact]
    public async Task FindingsAgainstAnImporter_ReRouteItsOtherOpenDeclaration_WithinSeconds_WithTheReason()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");

        // Open under documentary check (the configured value criterion).
        var (_, open) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("PARTY-INFO-0001", value: 1_500_000m, origin: "VN"));
        Assert.Equal("Yellow", open.GetProperty("channel").GetString());
        var openId = open.GetProperty("id").GetString();

        // Three other declarations of the same importer, controlled with findings: 3 irregularities in 3 controls.
        for (var i = 2; i <= 4; i++)
        {
            var (_, controlled) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json($"PARTY-INFO-000{i}", commodity: "9303201000", origin: "TR"));
            var id = controlled.GetProperty("id").GetString();
            var result = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/control-result", new { findings = "Undeclared parts", outcome = "refuse", revenueRaised = 100m });
            Assert.True(result.StatusCode == HttpStatusCode.OK, await result.Content.ReadAsStringAsync());
        }

        var rerouted = (await EventuallyAsync(officer, $"/api/v1/declarations/{openId}", d => d.GetProperty("summary").GetProperty("channel").GetString() == "Red")).GetProperty("summary");
        Assert.Equal("Red", rerouted.GetProperty("channel").GetString());
        var reasons = rerouted.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.StartsWith("importer: 3 irregularities in 3 controls", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith($"assessed again: new information on party {SimpleImport.Importer} (PTY-", StringComparison.Ordinal) && r.Contains("irregularity found in the control of", StringComparison.Ordinal));
        var queue = await SimpleImport.GetAsync(officer, "/api/v1/control/queue");
        Assert.Equal("Red", queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == openId).GetProperty("channel").GetString());
    }

    [Fact]
    public async Task AeoRegister_IsKeptByAnalysts_Audited_AndLowersTheRate()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var analyst = await factory.ClientForAsync("analyst");
        using var officer = await factory.ClientForAsync("officer");
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/risk/aeo")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/v1/risk/aeo", new { identifier = "GB1", type = "AEOF", validFrom = "2026-01-01" })).StatusCode);
        Assert.Equal(["identifier", "type", "validTo"], await FieldsAsync(await analyst.PostAsJsonAsync("/api/v1/risk/aeo", new { identifier = "1", type = "AEOX", validFrom = "2026-02-01", validTo = "2026-01-01" })));

        const string holder = "GB777777777000";
        var registered = await analyst.PostAsJsonAsync("/api/v1/risk/aeo", new { identifier = "gb 777 777 777 000", type = "aeof", reference = "GBAEOF7777", validFrom = "2020-01-01" });
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var body = await registered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(holder, body.GetProperty("identifier").GetString());
        Assert.Equal("AEOF", body.GetProperty("type").GetString());

        // A declaration whose importer holds it: the reason says so.
        var json = SimpleImport.Json("AEO-0001").Replace($$"""
            "importer": { "id": "{{SimpleImport.Importer}}" },
            """, $$"""
            "importer": { "id": "{{holder}}" },
            """, StringComparison.Ordinal);
        var (lodged, declaration) = await SimpleImport.LodgeAsync(trader, json);
        Assert.True(lodged.StatusCode == HttpStatusCode.Created, declaration.ToString());
        Assert.DoesNotContain(declaration.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("AEO: ", StringComparison.Ordinal));
        var official = (await SimpleImport.GetAsync(officer, $"/api/v1/declarations/{declaration.GetProperty("id").GetString()}")).GetProperty("summary");
        Assert.Contains(official.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith($"AEO: importer {holder} holds AEOF authorisation GBAEOF7777: controls lowered", StringComparison.Ordinal));

        var list = await SimpleImport.GetAsync(officer, $"/api/v1/risk/aeo?identifier={holder}");
        var id = Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync($"/api/v1/risk/aeo/{id}/revocation", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.PostAsJsonAsync($"/api/v1/risk/aeo/{id}/revocation", new { note = "Authorisation suspended by the issuing office" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.PostAsJsonAsync($"/api/v1/risk/aeo/{id}/revocation", new { note = "again" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.PostAsJsonAsync($"/api/v1/risk/aeo/{Guid.NewGuid()}/revocation", new { note = "x" })).StatusCode);
        var (_, after) = await SimpleImport.LodgeAsync(trader, json.Replace("AEO-0001", "AEO-0002", StringComparison.Ordinal));
        var afterOfficial = (await SimpleImport.GetAsync(officer, $"/api/v1/declarations/{after.GetProperty("id").GetString()}")).GetProperty("summary");
        Assert.DoesNotContain(afterOfficial.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("AEO: ", StringComparison.Ordinal));

        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task OfficeCapacity_IsSetBySupervisors_AndReadWithTodaysUse()
    {
        using var analyst = await factory.ClientForAsync("analyst");
        using var supervisor = await factory.ClientForAsync("supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync("/api/v1/risk/capacity/ZZ000009", new { physicalPerDay = 5 })).StatusCode);
        Assert.Equal(["office", "physicalPerDay"], await FieldsAsync(await supervisor.PutAsJsonAsync("/api/v1/risk/capacity/Z", new { physicalPerDay = -1, documentaryPerDay = 3 })));

        var set = await supervisor.PutAsJsonAsync("/api/v1/risk/capacity/zz000009", new { physicalPerDay = 5, documentaryPerDay = 20 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var today = await SimpleImport.GetAsync(analyst, "/api/v1/risk/capacity");
        var office = today.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("office").GetString() == "ZZ000009");
        Assert.Equal(5, office.GetProperty("physicalPerDay").GetInt32());
        Assert.Equal(20, office.GetProperty("documentaryPerDay").GetInt32());
        Assert.Equal(0, office.GetProperty("physical").GetInt32());
    }

    [Fact]
    public async Task Alerts_BecomeWatchListDrafts_AndPartnerAgenciesReadOnlyWhatIsShareable_EveryReadAudited()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var analyst = await factory.ClientForAsync("analyst");
        using var agency = await factory.ClientForAsync("agency");
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync("/api/v1/risk/alerts", new { text = "x", originCountry = "CN" })).StatusCode);
        Assert.Equal(["party", "commodityPrefix", "originCountry", "text"], await FieldsAsync(await analyst.PostAsJsonAsync("/api/v1/risk/alerts", new { party = "1", commodityPrefix = "9A", originCountry = "CHN", text = "" })));
        Assert.Equal(["party"], await FieldsAsync(await analyst.PostAsJsonAsync("/api/v1/risk/alerts", new { text = "nothing named" })));

        var shared = await (await analyst.PostAsJsonAsync("/api/v1/risk/alerts", new { party = "GB888888888000", commodityPrefix = "2402", text = "Cigarettes declared as tea by this importer (partner agency report)", shareable = true })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = await (await analyst.PostAsJsonAsync("/api/v1/risk/alerts", new { originCountry = "KP", text = "Internal: source protected" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("AL-", shared.GetProperty("number").GetString(), StringComparison.Ordinal);

        var watch = await analyst.PostAsJsonAsync($"/api/v1/risk/alerts/{shared.GetProperty("id").GetString()}/watch-list", new { channel = "red" });
        Assert.True(watch.StatusCode == HttpStatusCode.Created, await watch.Content.ReadAsStringAsync());
        var profile = await watch.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Draft", profile.GetProperty("status").GetString());
        Assert.Equal($"alert {shared.GetProperty("number").GetString()}", profile.GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.PostAsJsonAsync($"/api/v1/risk/alerts/{shared.GetProperty("id").GetString()}/watch-list", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/risk/shared/alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agency.GetAsync("/api/v1/risk/alerts")).StatusCode);
        var alerts = await SimpleImport.GetAsync(agency, "/api/v1/risk/shared/alerts");
        var numbers = alerts.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("number").GetString()).ToList();
        Assert.Contains(shared.GetProperty("number").GetString(), numbers);
        Assert.DoesNotContain(secret.GetProperty("number").GetString(), numbers);
        Assert.False(alerts.GetProperty("items")[0].TryGetProperty("raisedBy", out _));

        // A risk result is shared when an analyst marks it, then partner agencies read it by moment, paged.
        var (_, lodged) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("SHARE-0001", value: 1_500_000m));
        var declarationId = lodged.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsJsonAsync($"/api/v1/risk/results/{declarationId}/sharing", new { })).StatusCode);
        HttpResponseMessage marked;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            marked = await analyst.PostAsJsonAsync($"/api/v1/risk/results/{declarationId}/sharing", new { note = "Joint operation with the border agency" });
        }
        while (marked.StatusCode == HttpStatusCode.NotFound && DateTime.UtcNow < deadline && await Task.Delay(100).ContinueWith(_ => true));
        Assert.True(marked.StatusCode == HttpStatusCode.OK, await marked.Content.ReadAsStringAsync());

        Assert.Equal(["since"], await FieldsAsync(await agency.GetAsync("/api/v1/risk/shared/results?since=yesterday")));
        var results = await SimpleImport.GetAsync(agency, $"/api/v1/risk/shared/results?since={DateTime.UtcNow.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}&pageSize=10");
        var item = Assert.Single(results.GetProperty("items").EnumerateArray());
        Assert.Equal(declarationId, item.GetProperty("declarationId").GetString());
        Assert.Equal("Yellow", item.GetProperty("channel").GetString());
        Assert.Equal(0, (await SimpleImport.GetAsync(agency, $"/api/v1/risk/shared/results?since={DateTime.UtcNow.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}")).GetProperty("total").GetInt32());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
            var reads = await db.AuditRecords.Where(a => a.Stream == "risk-shared/user:agency").Select(a => a.Action).ToListAsync();
            Assert.Equal(["risk-shared.alerts-read", "risk-shared.results-read", "risk-shared.results-read"], reads.Order(StringComparer.Ordinal));
            var alertTrail = await db.AuditRecords.Where(a => a.Stream == "risk-alert/" + shared.GetProperty("number").GetString()).Select(a => a.Action).ToListAsync();
            Assert.Equal(["risk-alert.raised", "risk-alert.watch-listed"], alertTrail.Order(StringComparer.Ordinal));
        }

        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }
}
