using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Tariff.Contracts;
using Tamga.Tariff.Data;

namespace Tamga.Host.Tests.Tariff;

/// <summary>Court decisions in the public rulings database: recorded by officers, signed, searchable with the rulings, annulling rulings.</summary>
public sealed class CourtDecisionTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Rulings = "/api/v1/tariff/rulings";
    private const string Decisions = "/api/v1/tariff/court-decisions";
    private const string Holder = "GB553202734852";

    [Fact]
    public async Task A_recorded_judgment_is_published_signed_found_with_the_rulings_and_annuls_the_ruling_it_names()
    {
        using var officer = await factory.ClientForAsync("officer");
        using var visitor = factory.CreateClient();
        var word = "kq" + Guid.NewGuid().ToString("N")[..8];
        var ruling = await DecideRulingAsync($"Portable tablet computers with keyboard cover, {word}", "84713000");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var check = factory.Services.GetRequiredService<IRulingCheck>();
        Assert.Equal(RulingCheckOutcome.Valid, (await check.CheckAsync(ruling, today, "84713000", Holder)).Outcome);

        var caseNumber = "TC/2026/" + word;
        var recorded = await SendAsync(officer.PostAsJsonAsync(Decisions, new
        {
            court = "First-tier Tribunal (Tax Chamber)",
            caseNumber,
            judgmentDate = Iso(today),
            parties = "Example Devices Ltd v The Commissioners",
            commodityCodes = new[] { "8471 30 00", "8471" },
            summary = $"Tablets sold with a detachable keyboard cover are classified as a set under heading 8471 ({word}).",
            operativeText = "The appeal is allowed. The binding tariff information decision is annulled; the goods fall under subheading 8471 30.",
            rulings = new[] { new { number = ruling, annuls = true } },
        }), HttpStatusCode.Created);
        var number = recorded.GetProperty("number").GetString()!;
        Assert.Matches(@"^CD-\d{4}-\d{5}$", number);
        Assert.Equal(["8471", "84713000"], recorded.GetProperty("commodityCodes").EnumerateArray().Select(c => c.GetString()!).ToArray());

        // Published as recorded, for anyone.
        var published = await SendAsync(visitor.GetAsync($"{Decisions}/{number}"), HttpStatusCode.OK);
        Assert.Equal(caseNumber, published.GetProperty("caseNumber").GetString());
        Assert.Equal(ruling, published.GetProperty("rulingsAnnulled")[0].GetString());

        // The signature verifies with the public key alone; a changed text does not.
        var verification = await SendAsync(visitor.GetAsync($"{Decisions}/{number}/verification"), HttpStatusCode.OK);
        Assert.True(verification.GetProperty("valid").GetBoolean());
        var text = verification.GetProperty("signedText").GetString()!;
        Assert.StartsWith("document: tamga-court-decision/1\n", text, StringComparison.Ordinal);
        Assert.Contains($"rulings-annulled: {ruling}\n", text, StringComparison.Ordinal);
        var key = await SendAsync(visitor.GetAsync("/api/v1/signing/public-key"), HttpStatusCode.OK);
        using (var ecdsa = ECDsa.Create())
        {
            ecdsa.ImportFromPem(key.GetProperty("publicKeyPem").GetString());
            var signature = Convert.FromBase64String(verification.GetProperty("signature").GetString()!);
            Assert.True(ecdsa.VerifyData(Encoding.UTF8.GetBytes(text), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
            Assert.False(ecdsa.VerifyData(Encoding.UTF8.GetBytes(text.Replace("allowed", "dismissed", StringComparison.Ordinal)), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        }

        // The ruling is annulled from the judgment date: the register shows it and the cited-ruling check refuses it.
        var annulled = await SendAsync(visitor.GetAsync($"{Rulings}/{ruling}"), HttpStatusCode.OK);
        Assert.False(annulled.GetProperty("validOnDate").GetBoolean());
        Assert.Equal(Iso(today), annulled.GetProperty("annulledFrom").GetString());
        Assert.Equal(number, annulled.GetProperty("annulledBy").GetString());
        Assert.Equal(RulingCheckOutcome.NotValidOnDate, (await check.CheckAsync(ruling, today, "84713000", Holder)).Outcome);
        Assert.Equal(RulingCheckOutcome.NotValidOnDate, (await check.CheckAsync(ruling, today.AddDays(30), "84713000", Holder)).Outcome);

        // One search finds both, by words or code prefix; the filter and the pages split them.
        var both = await SendAsync(visitor.GetAsync($"/api/v1/tariff/rulings-database?q={word}"), HttpStatusCode.OK);
        Assert.Equal(2, both.GetProperty("total").GetInt32());
        Assert.Equal([ruling, number], both.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("number").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(both.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "ruling" && e.GetProperty("status").GetString() == "annulled");
        var byCode = await SendAsync(visitor.GetAsync("/api/v1/tariff/rulings-database?q=847130&pageSize=100"), HttpStatusCode.OK);
        Assert.Contains(byCode.GetProperty("items").EnumerateArray(), e => e.GetProperty("number").GetString() == number);
        Assert.Contains(byCode.GetProperty("items").EnumerateArray(), e => e.GetProperty("number").GetString() == ruling);
        var onlyDecisions = await SendAsync(visitor.GetAsync($"/api/v1/tariff/rulings-database?q={word}&kind=court-decisions"), HttpStatusCode.OK);
        Assert.Equal(number, Assert.Single(onlyDecisions.GetProperty("items").EnumerateArray()).GetProperty("number").GetString());
        var second = await SendAsync(visitor.GetAsync($"/api/v1/tariff/rulings-database?q={word}&page=2&pageSize=1"), HttpStatusCode.OK);
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal(2, second.GetProperty("total").GetInt32());
        Assert.Single(second.GetProperty("items").EnumerateArray());
        var first = await SendAsync(visitor.GetAsync($"/api/v1/tariff/rulings-database?q={word}&page=1&pageSize=1"), HttpStatusCode.OK);
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("number").GetString(), second.GetProperty("items")[0].GetProperty("number").GetString());

        // Audited: the publication in the decision's stream, the annulment in the ruling's.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TariffDbContext>();
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Stream == "court-decision/" + number && a.Action == "court-decision.published"));
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Stream == "ruling/" + ruling && a.Action == "ruling.annulled"));
        }

        // Someone changes the judgment in the database: its signature fails, and the annulment can no longer be relied on.
        var table = factory.Database.Table("tariff", "tar_court_decisions");
        Assert.Equal(1, await factory.Database.ExecuteAsync($"UPDATE {table} SET operative_text = 'The appeal is dismissed.' WHERE number = '{number}'"));
        var tampered = await SendAsync(visitor.GetAsync($"{Decisions}/{number}/verification"), HttpStatusCode.OK);
        Assert.False(tampered.GetProperty("valid").GetBoolean());
        Assert.Equal(RulingCheckOutcome.SignatureInvalid, (await check.CheckAsync(ruling, today, "84713000", Holder)).Outcome);
    }

    [Fact]
    public async Task Bad_records_are_refused_naming_the_field_and_rule_and_write_nothing()
    {
        using var officer = await factory.ClientForAsync("officer");
        using var trader = await factory.ClientForAsync("trader");
        using var visitor = factory.CreateClient();
        var word = "kw" + Guid.NewGuid().ToString("N")[..8];
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var bad = await officer.PostAsJsonAsync(Decisions, new
        {
            court = "Upper Tribunal",
            caseNumber = "UT/2026/" + word,
            judgmentDate = Iso(tomorrow),
            commodityCodes = new[] { "99999999", "12ab" },
            summary = "Headphones with microphone are classified under heading 8518.",
            operativeText = "   ",
            rulings = new[] { new { number = "BTI-1999-99999", annuls = true } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("field").GetString(), e.GetProperty("rule").GetString())).ToList();
        Assert.Contains(("judgmentDate", "DATE-FUTURE"), errors);
        Assert.Contains(("commodityCodes[0]", "CODE-UNKNOWN"), errors);
        Assert.Contains(("commodityCodes[1]", "CODE-DIGITS"), errors);
        Assert.Contains(("operativeText", "REQUIRED"), errors);
        Assert.Contains(("rulings[0].number", "RULING-UNKNOWN"), errors);

        var good = new
        {
            court = "Upper Tribunal (Tax and Chancery Chamber)",
            caseNumber = "UT/2026/" + word,
            judgmentDate = "2025-06-30",
            commodityCodes = new[] { "85183000" },
            summary = $"Headphones combined with a microphone are classified under subheading 8518 30 ({word}).",
            operativeText = "The appeal is dismissed; the goods are classified under subheading 8518 30.",
        };
        await SendAsync(officer.PostAsJsonAsync(Decisions, good), HttpStatusCode.Created);
        var again = await officer.PostAsJsonAsync(Decisions, good with { court = "upper tribunal (tax and chancery chamber) " });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var conflict = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("caseNumber", conflict.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("CASE-DUPLICATE", conflict.GetProperty("errors")[0].GetProperty("rule").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync(Decisions, good)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync(Decisions, good)).StatusCode);
        var found = await SendAsync(visitor.GetAsync($"/api/v1/tariff/rulings-database?q={word}"), HttpStatusCode.OK);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/api/v1/tariff/rulings-database?kind=judgments")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/api/v1/tariff/rulings-database?pageSize=1000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{Decisions}/CD-1999-99999")).StatusCode);
    }

    [Fact]
    public async Task Judgments_and_rulings_published_in_the_same_instant_each_get_their_own_number()
    {
        using var officer = await factory.ClientForAsync("officer");
        var word = "kz" + Guid.NewGuid().ToString("N")[..8];
        var judgments = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => SendAsync(officer.PostAsJsonAsync(Decisions, new
        {
            court = "First-tier Tribunal (Tax Chamber)",
            caseNumber = $"TC/2026/{word}/{i}",
            judgmentDate = "2025-03-14",
            commodityCodes = new[] { "85183000" },
            summary = $"Headsets combining headphones and a microphone fall under subheading 8518 30 ({word} {i}).",
            operativeText = "The appeal is dismissed; the goods are classified under subheading 8518 30.",
        }), HttpStatusCode.Created)));
        var numbers = judgments.Select(j => j.GetProperty("number").GetString()!).ToList();
        Assert.Equal(6, numbers.Distinct(StringComparer.Ordinal).Count());

        var rulings = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => DecideRulingAsync($"Wireless headsets with boom microphone, model {word}-{i}", "85183000")));
        Assert.Equal(4, rulings.Distinct(StringComparer.Ordinal).Count());
        using var visitor = factory.CreateClient();
        var found = await SendAsync(visitor.GetAsync($"/api/v1/tariff/rulings-database?q={word}&pageSize=50"), HttpStatusCode.OK);
        Assert.Equal(10, found.GetProperty("total").GetInt32());
    }

    private async Task<string> DecideRulingAsync(string description, string code)
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        var submitted = await SendAsync(trader.PostAsJsonAsync($"{Rulings}/applications", new { kind = "bti", goodsDescription = description }), HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetString();
        await SendAsync(officer.PostAsync($"{Rulings}/applications/{id}/assign", null), HttpStatusCode.OK);
        var decided = await SendAsync(officer.PostAsJsonAsync($"{Rulings}/applications/{id}/decide", new
        {
            code,
            justification = "General rules 1 and 6: the heading and subheading texts name the goods as described.",
            validityYears = 3,
        }), HttpStatusCode.OK);
        return decided.GetProperty("rulingNumber").GetString()!;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
