using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Declarations.Contracts;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Risk.Data;
using Tamga.Risk.Profiles;

namespace Tamga.Host.Tests.Risk;

/// <summary>Risk profiles name the skills a control of the declarations they select needs.</summary>
public sealed class ProfileSkillsTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private static DeclarationFacts Books(string origin) =>
        new(Guid.NewGuid(), "RISK-SKILL-" + origin, "IMA", SimpleImport.Importer, null, SimpleImport.Importer, null, "ZZ000002", null, origin, "GB", "1", "GBP", 1000m,
        [
            new GoodsItemFacts(1, "printed books", "4901990000", origin, "4000", [], 10m, null, 1000m, "GBP", [], []),
        ]);

    [Fact]
    public async Task ProfileSkills_AreChecked_Stored_Audited_AndJoinTheDecisionsSkills()
    {
        using var analyst = await factory.ClientForAsync("analyst");
        using var supervisor = await factory.ClientForAsync("supervisor");

        var bad = await analyst.PostAsJsonAsync("/api/v1/risk/profiles", new
        {
            name = "Origin of books",
            reason = "Preference claimed without proof",
            channel = "yellow",
            criteria = new { originCountries = new[] { "KH" }, commodityPrefixes = new[] { "4901" } },
            skills = new[] { "origin", "tasting" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = Assert.Single((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal(("skills", "RISK-PROFILE-SKILL"), (error.GetProperty("field").GetString(), error.GetProperty("rule").GetString()));

        var directive = "name,reason,channel,originCountries,skills\nOrigin,Alert,yellow,KH,origin\nBad,Alert,red,LA,physical tasting\n";
        var refused = await analyst.PostAsync("/api/v1/risk/directives?issuer=Border%20Agency", new StringContent(directive, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["line 3: skills"], (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));

        var drafted = await analyst.PostAsJsonAsync("/api/v1/risk/profiles", new
        {
            name = "Origin of books",
            reason = "Preference claimed without proof",
            channel = "yellow",
            criteria = new { originCountries = new[] { "KH" }, commodityPrefixes = new[] { "4901" } },
            skills = new[] { "origin", "classification" },
        });
        Assert.True(drafted.StatusCode == HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync());
        var draft = await drafted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["origin", "classification"], draft.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        var id = draft.GetProperty("id").GetString();
        var number = draft.GetProperty("number").GetString();
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/risk/profiles/{id}/approval", new { note = "Agreed" })).StatusCode);
        var read = await SimpleImport.GetAsync(analyst, $"/api/v1/risk/profiles/{id}");
        Assert.Equal(["origin", "classification"], read.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiskDbContext>();
        var stored = await db.Profiles.AsNoTracking().SingleAsync(p => p.Number == number);
        Assert.Equal(["origin", "classification"], stored.Skills);
        var trail = await db.AuditRecords.AsNoTracking().Where(a => a.Stream == ProfileWorkflow.Stream(number!)).OrderBy(a => a.Sequence).Select(a => a.Summary).ToListAsync();
        Assert.Contains(trail, s => s!.Contains("skills origin, classification", StringComparison.Ordinal));

        // The profile in force selects books from KH: a documentary check, with the skills the profile names.
        var risk = scope.ServiceProvider.GetRequiredService<IRiskAssessment>();
        var selected = await risk.AssessAsync(Books("KH"), CancellationToken.None);
        Assert.Equal(Channel.Yellow, selected.Channel);
        Assert.Equal(["documentary", "origin", "classification"], selected.Skills);
        var other = await risk.AssessAsync(Books("US"), CancellationToken.None);
        Assert.Equal(Channel.Green, other.Channel);
        Assert.Empty(other.Skills);

        using var auditor = await factory.ClientForAsync("auditor");
        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }
}
