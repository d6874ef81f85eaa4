using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Tariff.Data;

namespace Tamga.Host.Tests.Tariff;

/// <summary>Inquiries and BTI applications through the API, from application to a published ruling whose signature verifies.</summary>
public sealed class RulingTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Root = "/api/v1/tariff/rulings";

    /// <summary>A real PNG image of the repository (a screenshot), as an applicant's photograph would be sent.</summary>
    private static readonly byte[] Image = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "docs", "screenshots", "control-page.png"));

    [Fact]
    public async Task A_BTI_goes_from_application_to_a_published_ruling_whose_signature_verifies_and_tampering_breaks_it()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var visitor = factory.CreateClient();

        var application = await SubmitAsync(trader, "Boneless carcase quarters of bovine animals, fresh, chilled, vacuum packed", "Supplier: Estancia Example, price 9.80 GBP/kg");
        var id = application.GetProperty("id").GetString();
        Assert.Equal("Submitted", application.GetProperty("status").GetString());
        Assert.Equal("image/png", application.GetProperty("attachments")[0].GetProperty("contentType").GetString());

        await OkAsync(officer.PostAsync($"{Root}/applications/{id}/assign", null));
        var asked = await OkAsync(officer.PostAsJsonAsync($"{Root}/applications/{id}/request-information", new { text = "Are the quarters compensated (forequarters and hindquarters together)?" }));
        Assert.Equal("InformationRequested", asked.GetProperty("status").GetString());
        var tooEarly = await officer.PostAsJsonAsync($"{Root}/applications/{id}/decide", new { code = "02011000", justification = "General rules 1 and 6; heading 0201 covers meat of bovine animals, fresh or chilled." });
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        await OkAsync(trader.PostAsJsonAsync($"{Root}/applications/{id}/answer", new { text = "Yes, compensated quarters." }));

        var decided = await OkAsync(officer.PostAsJsonAsync($"{Root}/applications/{id}/decide", new
        {
            code = "02012020",
            justification = "General rules 1 and 6. Heading 0201 covers meat of bovine animals, fresh or chilled; compensated quarters fall in subheading 0201 20.",
            validityYears = 3,
        }));
        var number = decided.GetProperty("rulingNumber").GetString()!;
        Assert.Matches(@"^BTI-\d{4}-\d{5}$", number);

        var published = await OkAsync(visitor.GetAsync($"{Root}/{number}"));
        Assert.Equal("02012020", published.GetProperty("commodityCode").GetString());
        Assert.True(published.GetProperty("validOnDate").GetBoolean());
        var from = DateOnly.Parse(published.GetProperty("validFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(from.AddYears(3).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), published.GetProperty("validTo").GetString());
        var raw = published.GetRawText();
        Assert.DoesNotContain("GB553202734852", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Estancia", raw, StringComparison.Ordinal);

        // The signature verifies with the published public key alone, outside Tamga.
        var verification = await OkAsync(visitor.GetAsync($"{Root}/{number}/verification"));
        Assert.True(verification.GetProperty("valid").GetBoolean());
        var key = await OkAsync(visitor.GetAsync("/api/v1/signing/public-key"));
        using (var ecdsa = ECDsa.Create())
        {
            ecdsa.ImportFromPem(key.GetProperty("publicKeyPem").GetString());
            var text = verification.GetProperty("signedText").GetString()!;
            var signature = Convert.FromBase64String(verification.GetProperty("signature").GetString()!);
            Assert.True(ecdsa.VerifyData(Encoding.UTF8.GetBytes(text), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
            Assert.Contains("commodity-code: 02012020\n", text, StringComparison.Ordinal);
            Assert.False(ecdsa.VerifyData(Encoding.UTF8.GetBytes(text.Replace("02012020", "02013000", StringComparison.Ordinal)), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        }

        var check = await OkAsync(visitor.PostAsJsonAsync("/api/v1/signing/verify", new { text = verification.GetProperty("signedText").GetString(), signature = verification.GetProperty("signature").GetString() }));
        Assert.True(check.GetProperty("valid").GetBoolean());

        var found = await OkAsync(visitor.GetAsync($"{Root}?q=compensated%20quarters"));
        Assert.Contains(found.EnumerateArray(), r => r.GetProperty("number").GetString() == number);

        // Each state change is in the audit trail of the application, and the publication in the ruling's.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TariffDbContext>();
            var reference = application.GetProperty("reference").GetString();
            var actions = await db.AuditRecords.Where(a => a.Stream == "ruling-application/" + reference).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync();
            Assert.Equal(["ruling-application.submitted", "ruling-application.assigned", "ruling-application.information-requested", "ruling-application.answered", "ruling-application.decided"], actions);
            Assert.Equal(1, await db.AuditRecords.CountAsync(a => a.Stream == "ruling/" + number && a.Action == "ruling.published"));
        }

        // Someone changes the published text in the database: the signature no longer verifies.
        var table = factory.Database.Table("tariff", "tar_rulings");
        Assert.Equal(1, await factory.Database.ExecuteAsync($"UPDATE {table} SET commodity_code = '02013000' WHERE number = '{number}'"));
        var tampered = await OkAsync(visitor.GetAsync($"{Root}/{number}/verification"));
        Assert.False(tampered.GetProperty("valid").GetBoolean());

        // An appeal can be lodged against the ruling.
        var appeal = await trader.PostAsJsonAsync($"{Root}/{number}/appeals", new { text = "The goods are frozen on arrival and belong to heading 0202." });
        Assert.Equal(HttpStatusCode.Created, appeal.StatusCode);
    }

    [Fact]
    public async Task A_trader_sees_only_its_own_applications_and_attachments()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var broker = await factory.ClientForAsync("broker");
        var application = await SubmitAsync(trader, "Electric shavers with self-contained motor, rechargeable", null);
        var id = application.GetProperty("id").GetString();
        var attachment = application.GetProperty("attachments")[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.NotFound, (await broker.GetAsync($"{Root}/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await broker.GetAsync($"{Root}/applications/{id}/attachments/{attachment}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await broker.PostAsJsonAsync($"{Root}/applications/{id}/answer", new { text = "not mine" })).StatusCode);
        var brokers = await OkAsync(broker.GetAsync($"{Root}/applications"));
        Assert.DoesNotContain(brokers.EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        var mine = await OkAsync(trader.GetAsync($"{Root}/applications"));
        Assert.Contains(mine.EnumerateArray(), a => a.GetProperty("id").GetString() == id);

        var download = await trader.GetAsync($"{Root}/applications/{id}/attachments/{attachment}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Image, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);

        using var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"{Root}/applications")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsync($"{Root}/applications/{id}/assign", null)).StatusCode);
    }

    [Fact]
    public async Task Bad_applications_are_refused_naming_the_field_and_write_nothing_and_a_retry_is_idempotent()
    {
        using var trader = await factory.ClientForAsync("broker");
        var before = (await OkAsync(trader.GetAsync($"{Root}/applications"))).GetArrayLength();

        var response = await trader.PostAsJsonAsync($"{Root}/applications", new
        {
            kind = "opinion",
            goodsDescription = "short",
            proposedCode = "12ab",
            attachments = new[] { new { fileName = "photo.png", contentBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("<script>alert(1)</script>")) } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        foreach (var expected in new[] { "kind", "goodsDescription", "proposedCode", "attachments", "ATTACHMENT-TYPE", "TEXT-SHORT", "CODE-DIGITS" })
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }

        var tooMany = await trader.PostAsJsonAsync($"{Root}/applications", new
        {
            kind = "inquiry",
            goodsDescription = "Cotton T-shirts, knitted, for men",
            attachments = Enumerable.Range(0, 6).Select(i => new { fileName = $"p{i}.png", contentBase64 = Convert.ToBase64String(Image) }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("ATTACHMENT-COUNT", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await OkAsync(trader.GetAsync($"{Root}/applications"))).GetArrayLength());

        using var request1 = Request("Cotton T-shirts, knitted, for men", "retry-1");
        using var request2 = Request("Cotton T-shirts, knitted, for men", "retry-1");
        var first = await (await trader.SendAsync(request1)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await trader.SendAsync(request2)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(before + 1, (await OkAsync(trader.GetAsync($"{Root}/applications"))).GetArrayLength());

        using var visitor = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{Root}/BTI-1999-99999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync($"{Root}?q=%27%20OR%201%3D1%20--%3B")).StatusCode);
    }

    private static HttpRequestMessage Request(string description, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Root}/applications") { Content = JsonContent.Create(new { kind = "inquiry", goodsDescription = description }) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    private static async Task<JsonElement> SubmitAsync(HttpClient trader, string description, string? confidential)
    {
        var response = await trader.PostAsJsonAsync($"{Root}/applications", new
        {
            kind = "bti",
            goodsDescription = description,
            confidentialDetails = confidential,
            attachments = new[] { new { fileName = "goods.png", contentBase64 = Convert.ToBase64String(Image) } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Tamga.sln not found above the test output.");
    }
}
