using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Declarations;

/// <summary>
/// Officers' skills and the work queue by skill: the skills a control requires come from the real risk assessment
/// (red by HS chapter 93 → physical; yellow by the value criterion → documentary; a value far below the importer's
/// own history → documentary and valuation).
/// </summary>
public sealed class SkillQueueTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Weapons = "9305910000";

    private static string[] Skills(JsonElement element) => element.GetProperty("requiredSkills").EnumerateArray().Select(s => s.GetString()!).ToArray();

    private static string[] Rules(string problem, string field) =>
        JsonDocument.Parse(problem).RootElement.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("field").GetString() == field).Select(e => e.GetProperty("rule").GetString()!).ToArray();

    private async Task CreateOfficerAsync(string name, string office, params string[] skills)
    {
        using var admin = await factory.ClientForAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = name, password = "password-1", roles = new[] { "officer" }, offices = new[] { office }, skills });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Lodges as the trader and returns the declaration as customs read it: the trader is not told the skills or the risk reasons.</summary>
    private async Task<JsonElement> LodgeAsync(HttpClient trader, string json, string channel)
    {
        var (response, body) = await SimpleImport.LodgeAsync(trader, json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal(channel, body.GetProperty("channel").GetString());
        Assert.Empty(Skills(body));
        using var auditor = await factory.ClientForAsync("auditor");
        return (await SimpleImport.GetAsync(auditor, $"/api/v1/declarations/{body.GetProperty("id").GetString()}")).GetProperty("summary");
    }

    /// <summary>Five declarations of the importer at 10 per kg from <paramref name="origin"/>, then one at 2 per kg: flagged against its history.</summary>
    private async Task<JsonElement> LodgeUndervaluedAsync(HttpClient trader, string prefix, string origin, string office = "ZZ000002")
    {
        for (var i = 1; i <= 5; i++)
        {
            var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json($"{prefix}-{i}", value: 1000m + i, origin: origin, presentationOffice: office));
            Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        }

        var low = await LodgeAsync(trader, SimpleImport.Json($"{prefix}-LOW", value: 200m, origin: origin, presentationOffice: office), "Yellow");
        Assert.Contains(low.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("valuation:", StringComparison.Ordinal));
        return low;
    }

    private static async Task<string[]> QueueIdsAsync(HttpClient officer, string query) =>
        (await SimpleImport.GetAsync(officer, "/api/v1/control/queue?pageSize=200&" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();

    [Fact]
    public async Task OfficersSkills_AreValidated_Recorded_AndCarriedInTheirToken()
    {
        using var admin = await factory.ClientForAsync("admin");
        var bad = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "skill-bad", password = "password-1", roles = new[] { "officer" }, offices = new[] { "ZZ000001" }, skills = new[] { "documentary", "telepathy" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["USR-SKILL"], Rules(await bad.Content.ReadAsStringAsync(), "skills"));

        var created = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user = "skill-valuer", password = "password-1", roles = new[] { "officer" }, offices = new[] { "ZZ000001" }, skills = new[] { "Valuation", "documentary" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["documentary", "valuation"], (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("skills").EnumerateArray().Select(s => s.GetString()!).ToArray());
        using (var valuer = await factory.ClientForAsync("skill-valuer", "password-1"))
        {
            Assert.Equal(["documentary", "valuation"], (await SimpleImport.GetAsync(valuer, "/api/v1/me")).GetProperty("skills").EnumerateArray().Select(s => s.GetString()!).ToArray());
        }

        var replaced = await admin.PutAsJsonAsync("/api/v1/admin/users/skill-valuer/skills", new { skills = new[] { "origin", "physical" } });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(["physical", "origin"], (await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("skills").EnumerateArray().Select(s => s.GetString()!).ToArray());
        var refused = await admin.PutAsJsonAsync("/api/v1/admin/users/skill-valuer/skills", new { skills = new[] { "x-ray" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["USR-SKILL"], Rules(await refused.Content.ReadAsStringAsync(), "skills"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/v1/admin/users/nobody-here/skills", new { skills = new[] { "origin" } })).StatusCode);
        using (var officer = await factory.ClientForAsync("officer"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/v1/admin/users/officer/skills", new { skills = Array.Empty<string>() })).StatusCode);
        }

        var users = (await SimpleImport.GetAsync(admin, "/api/v1/admin/users")).EnumerateArray().ToDictionary(u => u.GetProperty("user").GetString()!);
        Assert.Equal(["documentary", "physical"], users["officer"].GetProperty("skills").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(6, users["supervisor"].GetProperty("skills").GetArrayLength());

        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Queue_FiltersByRequiredSkill_AndByTheOfficersSkills()
    {
        await CreateOfficerAsync("queue-valuer", "ZZ000001", "documentary", "valuation");
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var valuer = await factory.ClientForAsync("queue-valuer", "password-1");

        var red = await LodgeAsync(trader, SimpleImport.Json("SKQ-RED", commodity: Weapons), "Red");
        Assert.Equal(["physical"], Skills(red));
        var yellow = await LodgeAsync(trader, SimpleImport.Json("SKQ-YELLOW", value: 1_500_000m, origin: "CA"), "Yellow");
        Assert.Equal(["documentary"], Skills(yellow));
        var low = await LodgeUndervaluedAsync(trader, "SKQ-VAL", "KR");
        Assert.Equal(["documentary", "valuation"], Skills(low));
        var (redId, yellowId, lowId) = (red.GetProperty("id").GetString()!, yellow.GetProperty("id").GetString()!, low.GetProperty("id").GetString()!);

        var queue = await SimpleImport.GetAsync(officer, "/api/v1/control/queue?pageSize=200");
        Assert.Equal(["documentary", "valuation"], Skills(queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == lowId)));

        var valuation = await QueueIdsAsync(officer, "skill=valuation");
        Assert.Contains(lowId, valuation);
        Assert.DoesNotContain(redId, valuation);
        Assert.DoesNotContain(yellowId, valuation);
        var documentary = await QueueIdsAsync(officer, "skill=documentary");
        Assert.Contains(lowId, documentary);
        Assert.Contains(yellowId, documentary);
        Assert.DoesNotContain(redId, documentary);
        Assert.Contains(redId, await QueueIdsAsync(officer, "skill=physical"));

        // The demonstration officer holds documentary and physical; the valuer documentary and valuation.
        var forOfficer = await QueueIdsAsync(officer, "matching=true");
        Assert.Contains(redId, forOfficer);
        Assert.Contains(yellowId, forOfficer);
        Assert.DoesNotContain(lowId, forOfficer);
        var forValuer = await QueueIdsAsync(valuer, "matching=true");
        Assert.DoesNotContain(redId, forValuer);
        Assert.Contains(yellowId, forValuer);
        Assert.Contains(lowId, forValuer);
        Assert.Equal([lowId], (await QueueIdsAsync(valuer, "matching=true&skill=valuation")).Intersect([redId, yellowId, lowId]).ToArray());

        // Oldest first, as before.
        var all = await SimpleImport.GetAsync(officer, "/api/v1/control/queue?pageSize=200");
        var lodged = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("lodgedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(lodged.Order().ToList(), lodged);

        var unknown = await officer.GetAsync("/api/v1/control/queue?skill=telepathy");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["CTL-SKILL-UNKNOWN"], Rules(await unknown.Content.ReadAsStringAsync(), "skill"));
    }

    [Fact]
    public async Task Assignment_IsRefused_ToAnOfficerLackingARequiredSkill()
    {
        await CreateOfficerAsync("assign-valuer", "ZZ000001", "documentary", "valuation");
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var supervisor = await factory.ClientForAsync("supervisor");
        var id = (await LodgeUndervaluedAsync(trader, "SKA-VAL", "JP")).GetProperty("id").GetString();

        // The demonstration officer (documentary, physical) cannot take it, nor be given it.
        var self = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/assignment", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Equal(["CTL-SKILL"], Rules(await self.Content.ReadAsStringAsync(), "officer"));
        var given = await supervisor.PostAsJsonAsync($"/api/v1/declarations/{id}/assignment", new { officer = "officer" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, given.StatusCode);
        Assert.Equal(["CTL-SKILL"], Rules(await given.Content.ReadAsStringAsync(), "officer"));
        var nobody = await supervisor.PostAsJsonAsync($"/api/v1/declarations/{id}/assignment", new { officer = "nobody-at-all" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nobody.StatusCode);
        Assert.Equal(["CTL-OFFICER"], Rules(await nobody.Content.ReadAsStringAsync(), "officer"));
        Assert.True((await SimpleImport.GetAsync(officer, $"/api/v1/declarations/{id}")).GetProperty("summary").GetProperty("assignedOfficer").ValueKind == JsonValueKind.Null);

        // The valuer can; the supervisor (every skill) can assign it to them or take it.
        var toValuer = await supervisor.PostAsJsonAsync($"/api/v1/declarations/{id}/assignment", new { officer = "assign-valuer" });
        Assert.True(toValuer.StatusCode == HttpStatusCode.OK, await toValuer.Content.ReadAsStringAsync());
        Assert.Equal("assign-valuer", (await toValuer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("summary").GetProperty("assignedOfficer").GetString());
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/declarations/{id}/assignment", new { })).StatusCode);

        // A control requiring physical only: the valuer lacks it.
        var red = (await LodgeAsync(trader, SimpleImport.Json("SKA-RED", commodity: Weapons), "Red")).GetProperty("id").GetString();
        var redToValuer = await supervisor.PostAsJsonAsync($"/api/v1/declarations/{red}/assignment", new { officer = "assign-valuer" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, redToValuer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/declarations/{red}/assignment", new { })).StatusCode);
    }

    [Fact]
    public async Task TakeNext_AssignsTheOldestControlTheSkillsCover_NeverTheSameToTwoOfficers_And404WhenNoneWaits()
    {
        // Officers of the airport office ZZ000003 only: the other tests route to ZZ000002.
        await CreateOfficerAsync("next-a", "ZZ000003", "documentary", "physical");
        await CreateOfficerAsync("next-b", "ZZ000003", "documentary", "physical");
        await CreateOfficerAsync("next-valuer", "ZZ000003", "documentary", "valuation");
        using var trader = await factory.ClientForAsync("trader");
        using var a = await factory.ClientForAsync("next-a", "password-1");
        using var b = await factory.ClientForAsync("next-b", "password-1");
        using var valuer = await factory.ClientForAsync("next-valuer", "password-1");

        var none = await a.PostAsync("/api/v1/control/queue/next", null);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Contains("no control waiting for your skills", await none.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        // The oldest is a valuation control, which neither a nor b may do; then two physical examinations.
        var low = (await LodgeUndervaluedAsync(trader, "SKN-VAL", "TH", office: "ZZ000003")).GetProperty("id").GetString();
        var first = (await LodgeAsync(trader, SimpleImport.Json("SKN-RED-1", commodity: Weapons, presentationOffice: "ZZ000003"), "Red")).GetProperty("id").GetString();
        var second = (await LodgeAsync(trader, SimpleImport.Json("SKN-RED-2", commodity: Weapons, presentationOffice: "ZZ000003"), "Red")).GetProperty("id").GetString();

        var taken = await a.PostAsync("/api/v1/control/queue/next", null);
        Assert.True(taken.StatusCode == HttpStatusCode.OK, await taken.Content.ReadAsStringAsync());
        var item = await taken.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first, item.GetProperty("id").GetString());
        Assert.Equal("next-a", item.GetProperty("assignedOfficer").GetString());
        Assert.Equal(["physical"], Skills(item));
        Assert.Equal($"/api/v1/declarations/{first}", taken.Headers.Location?.OriginalString);

        // a and b race for the one physical examination left: exactly one gets it.
        var race = await Task.WhenAll(a.PostAsync("/api/v1/control/queue/next", null), b.PostAsync("/api/v1/control/queue/next", null));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotFound], race.Select(r => r.StatusCode).Order().ToArray());
        var winner = await race.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(second, winner.GetProperty("id").GetString());
        var detail = (await SimpleImport.GetAsync(a, $"/api/v1/declarations/{second}")).GetProperty("summary");
        Assert.Equal(winner.GetProperty("assignedOfficer").GetString(), detail.GetProperty("assignedOfficer").GetString());

        // Only the valuation control is left: not for a or b, but for the valuer.
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsync("/api/v1/control/queue/next", null)).StatusCode);
        var valuation = await valuer.PostAsync("/api/v1/control/queue/next", null);
        Assert.Equal(HttpStatusCode.OK, valuation.StatusCode);
        Assert.Equal(low, (await valuation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await valuer.PostAsync("/api/v1/control/queue/next", null)).StatusCode);

        // Each assignment is audited; the chains are intact.
        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsync("/api/v1/control/queue/next", null)).StatusCode);
    }

    [Fact]
    public async Task Reassessment_ThatRaisesTheChannel_WidensTheRequiredSkills()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var analyst = await factory.ClientForAsync("analyst");
        using var supervisor = await factory.ClientForAsync("supervisor");

        var open = await LodgeAsync(trader, SimpleImport.Json("SKR-0001", value: 1_500_000m, origin: "VN"), "Yellow");
        Assert.Equal(["documentary"], Skills(open));
        var id = open.GetProperty("id").GetString();

        var draft = await analyst.PostAsJsonAsync("/api/v1/risk/profiles", new
        {
            name = "Printed matter from VN",
            reason = "Intelligence: concealment in printed matter from VN",
            channel = "red",
            criteria = new { originCountries = new[] { "VN" }, commodityPrefixes = new[] { "4901" } },
        });
        Assert.True(draft.StatusCode == HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var profileId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var approved = await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{profileId}/approval", new { note = "Confirmed" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement summary;
        do
        {
            await Task.Delay(100);
            summary = (await SimpleImport.GetAsync(supervisor, $"/api/v1/declarations/{id}")).GetProperty("summary");
        }
        while (summary.GetProperty("channel").GetString() != "Red" && DateTime.UtcNow < deadline);

        Assert.Equal("Red", summary.GetProperty("channel").GetString());
        Assert.Equal(["documentary", "physical"], Skills(summary));
        var queue = await SimpleImport.GetAsync(supervisor, "/api/v1/control/queue?skill=physical&pageSize=200");
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
    }
}
