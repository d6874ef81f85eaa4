using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Risk;

public sealed class RiskProfileTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private static object Profile(string name, string origin, string commodityPrefix, string channel = "red") => new
    {
        name,
        reason = $"Intelligence: undervalued goods from {origin}",
        channel,
        criteria = new { originCountries = new[] { origin }, commodityPrefixes = new[] { commodityPrefix } },
    };

    private static async Task<JsonElement> DraftAsync(HttpClient analyst, object profile)
    {
        var response = await analyst.PostAsJsonAsync("/api/v1/risk/profiles", profile);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, string url, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var body = await SimpleImport.GetAsync(client, url);
            if (condition(body) || DateTime.UtcNow > deadline)
            {
                return body;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task ApprovedProfile_EscalatesAnOpenDeclaration_WithinSeconds_AndSelectsNewOnes_UntilRetired()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var analyst = await factory.ClientForAsync("analyst");
        using var supervisor = await factory.ClientForAsync("supervisor");
        using var officer = await factory.ClientForAsync("officer");

        // Yellow by the configured value criterion: open, under documentary check.
        var (lodged, open) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("RISK-PROF-0001", value: 1_500_000m, origin: "VN"));
        Assert.Equal(HttpStatusCode.Created, lodged.StatusCode);
        Assert.Equal("Yellow", open.GetProperty("channel").GetString());
        var id = open.GetProperty("id").GetString();

        var draft = await DraftAsync(analyst, Profile("Printed matter from VN", "VN", "4901"));
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.StartsWith("RP-", draft.GetProperty("number").GetString(), StringComparison.Ordinal);
        var profileId = draft.GetProperty("id").GetString();

        // A draft is not in force: the declaration is untouched.
        Assert.Equal("Yellow", (await SimpleImport.GetAsync(trader, $"/api/v1/declarations/{id}")).GetProperty("summary").GetProperty("channel").GetString());

        // The analyst cannot approve (not a supervisor).
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync($"/api/v1/risk/profiles/{profileId}/approval", new { })).StatusCode);

        var approved = await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{profileId}/approval", new { note = "Confirmed by the intelligence unit" });
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        Assert.Equal("Active", (await approved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        // Re-assessed through the outbox, within seconds: red, with the profile and the change among the reasons.
        var escalated = (await WaitForAsync(officer, $"/api/v1/declarations/{id}", d => d.GetProperty("summary").GetProperty("channel").GetString() == "Red")).GetProperty("summary");
        Assert.Equal("Red", escalated.GetProperty("channel").GetString());
        var reasons = escalated.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.Contains(draft.GetProperty("number").GetString()!, StringComparison.Ordinal) && r.Contains("undervalued goods from VN", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("assessed again: risk profile", StringComparison.Ordinal));
        var queue = await SimpleImport.GetAsync(officer, "/api/v1/control/queue");
        Assert.Equal("Red", queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id).GetProperty("channel").GetString());

        // A new declaration that matches is red at once; one that does not is not.
        var (_, matching) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("RISK-PROF-0002", origin: "VN"));
        Assert.Equal("Red", matching.GetProperty("channel").GetString());
        var (_, other) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("RISK-PROF-0003", origin: "VN", commodity: "8471300000"));
        Assert.Equal("Green", other.GetProperty("channel").GetString());

        // Retired: no longer selects.
        var retired = await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{profileId}/retirement", new { note = "Operation closed" });
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        var (_, after) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("RISK-PROF-0004", origin: "VN"));
        Assert.Equal("Green", after.GetProperty("channel").GetString());

        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task FourEyes_TheAuthorCannotApprove_AndDecidedDraftsCannotBeDecidedAgain()
    {
        using var supervisor = await factory.ClientForAsync("supervisor");
        using var analyst = await factory.ClientForAsync("analyst");
        var own = await DraftAsync(supervisor, Profile("Own draft", "LA", "0901"));
        var refused = await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{own.GetProperty("id").GetString()}/approval", new { });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("RISK-FOUR-EYES", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var draft = await DraftAsync(analyst, Profile("Coffee from LA", "LA", "0901", "yellow"));
        var id = draft.GetProperty("id").GetString();
        var rejected = await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{id}/rejection", new { note = "No evidence" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{id}/approval", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{id}/retirement", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{Guid.NewGuid()}/approval", new { })).StatusCode);

        var list = await SimpleImport.GetAsync(analyst, "/api/v1/risk/profiles?status=Rejected&q=Coffee");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetString() == id && p.GetProperty("decidedBy").GetString() == "user:supervisor");
    }

    [Fact]
    public async Task Profiles_AreForAnalystsAndSupervisors_AndBadDraftsNameTheFieldAndRule()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var analyst = await factory.ClientForAsync("analyst");
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/risk/profiles")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync("/api/v1/risk/profiles", Profile("x", "CN", "85"))).StatusCode);

        var bad = await analyst.PostAsJsonAsync("/api/v1/risk/profiles", new
        {
            name = "",
            reason = "r",
            channel = "green",
            targetRate = 150,
            criteria = new { originCountries = new[] { "china" }, commodityPrefixes = new[] { "85A" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["name", "channel", "targetRate", "criteria.originCountries", "criteria.commodityPrefixes"], errors);

        var empty = await analyst.PostAsJsonAsync("/api/v1/risk/profiles", new { name = "All", reason = "r", channel = "red" });
        Assert.Contains("RISK-CRITERIA-EMPTY", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync("/api/v1/risk/profiles?status=Bogus")).StatusCode);
    }

    [Fact]
    public async Task Drafts_MadeInTheSameInstant_EachGetTheirOwnNumber()
    {
        using var analyst = await factory.ClientForAsync("analyst");
        var drafted = await Task.WhenAll(Enumerable.Range(1, 5).Select(async i =>
        {
            var response = await analyst.PostAsJsonAsync("/api/v1/risk/profiles", new
            {
                name = $"Concurrent watch {i}",
                reason = "Intelligence on misdeclared footwear",
                channel = "yellow",
                criteria = new { commodityPrefixes = new[] { "6403" }, originCountries = new[] { "VN" } },
            });
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
        }));
        Assert.Equal(5, drafted.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Directive_IsImportedAsDrafts_OrRefusedWhole_WithTheLineOfEachBadRow()
    {
        using var analyst = await factory.ClientForAsync("analyst");
        const string bad = "name,reason,channel,parties,originCountries,validFrom\n" +
            "Watch GB1,Alert from partner administration,red,GB123456789000,,\n" +
            "Bad row,Alert,purple,,XX1,2026-13-01\n";
        var refused = await analyst.PostAsync("/api/v1/risk/directives?issuer=Border%20Agency", new StringContent(bad, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var fields = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).ToList();
        Assert.Contains("line 3: validFrom", fields);
        Assert.Contains("line 3: channel", fields);
        Assert.Contains("line 3: criteria.originCountries", fields);
        Assert.DoesNotContain(fields, f => f.StartsWith("line 2", StringComparison.Ordinal));
        var none = await SimpleImport.GetAsync(analyst, "/api/v1/risk/profiles?q=Watch%20GB1");
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        const string good = "name,reason,channel,parties,commodityPrefixes,targetRate\n" +
            "Watch GB1,Alert from partner administration,red,GB123456789000,,\n" +
            "Tobacco,Smuggling pattern,yellow,,2402;2403,25\n";
        var imported = await analyst.PostAsync("/api/v1/risk/directives?issuer=Border%20Agency&reference=DIR-7", new StringContent(good, Encoding.UTF8, "text/csv"));
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        var body = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("imported").GetInt32());
        Assert.All(body.GetProperty("profiles").EnumerateArray(), p =>
        {
            Assert.Equal("Draft", p.GetProperty("status").GetString());
            Assert.Equal("directive Border Agency DIR-7", p.GetProperty("source").GetString());
        });

        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsync("/api/v1/risk/directives", new StringContent(good, Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsync("/api/v1/risk/directives?issuer=X", new StringContent("name,colour\na,b\n", Encoding.UTF8, "text/csv"))).StatusCode);
    }
}
