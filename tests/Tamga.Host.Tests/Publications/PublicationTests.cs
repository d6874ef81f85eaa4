using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Publications.Contracts;
using Tamga.Publications.Data;

namespace Tamga.Host.Tests.Publications;

/// <summary>Publications through the API: drafting, publishing, versions, signatures, exchange rates and bad input.</summary>
public sealed class PublicationTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Root = "/api/v1/publications";

    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_officer_publishes_a_regulation_the_public_finds_it_and_its_signature_verifies_until_the_text_is_tampered_with()
    {
        using var officer = await factory.ClientForAsync("officer");
        using var visitor = factory.CreateClient();
        var attachment = Encoding.UTF8.GetBytes("Veterinary border control posts: list of 2026\n");
        var drafted = await CreatedAsync(officer.PostAsJsonAsync(Root, new
        {
            kind = "border-instruction",
            agency = "Animal and Plant Health Agency",
            title = "Veterinary checks of live bivalve molluscs at border control posts",
            language = "en",
            text = "Consignments of live bivalve molluscs are presented at a border control post approved for them.\nThe documentary check precedes release.",
            effectiveFrom = Today,
            attachment = new { fileName = "posts.txt", contentType = "text/plain", contentBase64 = Convert.ToBase64String(attachment) },
        }));
        var number = drafted.GetProperty("number").GetString()!;
        Assert.Matches(@"^BIN-\d{4}-\d{4}$", number);
        Assert.Equal("draft", drafted.GetProperty("versions")[0].GetProperty("status").GetString());

        // A draft is not public.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{Root}/{number}")).StatusCode);
        Assert.DoesNotContain(await SearchNumbersAsync(visitor, "q=bivalve"), n => n == number);

        var published = await OkAsync(officer.PostAsync($"{Root}/{number}/publication", null));
        var version = published.GetProperty("versions")[0];
        Assert.Equal("published", version.GetProperty("status").GetString());
        Assert.Equal(1, published.GetProperty("versionInForce").GetInt32());

        Assert.Contains(number, await SearchNumbersAsync(visitor, "q=bivalve%20molluscs&kind=border-instruction&agency=animal%20and%20plant%20health%20agency"));
        Assert.Contains(number, await SearchNumbersAsync(visitor, $"q=bivalve&date={Today}"));
        Assert.DoesNotContain(number, await SearchNumbersAsync(visitor, "q=bivalve&kind=regulation"));

        var download = await visitor.GetAsync($"{Root}/{number}/versions/1/attachment");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(attachment, await download.Content.ReadAsByteArrayAsync());

        var verification = await OkAsync(visitor.GetAsync($"{Root}/{number}/versions/1/verification"));
        Assert.True(verification.GetProperty("valid").GetBoolean());
        var signedText = verification.GetProperty("signedText").GetString()!;
        Assert.StartsWith("document: tamga-publication/1\n", signedText, StringComparison.Ordinal);
        Assert.Contains($"number: {number}\nversion: 1\nkind: border-instruction\n", signedText, StringComparison.Ordinal);
        Assert.Contains("text-sha256: " + version.GetProperty("textSha256").GetString() + "\n", signedText, StringComparison.Ordinal);
        Assert.Contains("attachment-sha256: " + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(attachment)), signedText, StringComparison.Ordinal);
        var check = await OkAsync(visitor.PostAsJsonAsync("/api/v1/signing/verify", new { text = signedText, signature = verification.GetProperty("signature").GetString() }));
        Assert.True(check.GetProperty("valid").GetBoolean());
        var forged = await OkAsync(visitor.PostAsJsonAsync("/api/v1/signing/verify", new { text = signedText.Replace("version: 1", "version: 2", StringComparison.Ordinal), signature = verification.GetProperty("signature").GetString() }));
        Assert.False(forged.GetProperty("valid").GetBoolean());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublicationsDbContext>();
            var actions = await db.AuditRecords.Where(a => a.Stream == "publication/" + number).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync();
            Assert.Equal(["publication.drafted", "publication.published"], actions);
        }

        // Someone changes the published text in the database: the signature no longer verifies.
        var table = factory.Database.Table("publications", "pub_versions");
        Assert.Equal(1, await factory.Database.ExecuteAsync($"UPDATE {table} SET text = 'The documentary check is waived.' WHERE number = '{number}'"));
        var tampered = await OkAsync(visitor.GetAsync($"{Root}/{number}/versions/1/verification"));
        Assert.False(tampered.GetProperty("valid").GetBoolean());

        // Publishing twice is refused; nothing to publish.
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsync($"{Root}/{number}/publication", null)).StatusCode);
    }

    [Fact]
    public async Task A_new_version_published_before_it_takes_effect_supersedes_the_previous_one_from_its_date_and_both_stay_readable()
    {
        using var officer = await factory.ClientForAsync("supervisor");
        using var visitor = factory.CreateClient();
        var number = await PublishAsync(officer, new
        {
            kind = "regulation",
            agency = "Border Force",
            title = "Export of cultural goods: licence presented at the office of exit",
            text = "Cultural goods leave only with the export licence presented at the office of exit.",
            effectiveFrom = "2020-01-01",
        });
        await CreatedAsync(officer.PostAsJsonAsync($"{Root}/{number}/versions", new
        {
            agency = "Border Force",
            title = "Export of cultural goods: licence presented at the office of exit (amended)",
            text = "Cultural goods leave only with the export licence, presented electronically at the office of exit.",
            effectiveFrom = "2099-01-01",
        }));
        // One draft at a time.
        var second = await officer.PostAsJsonAsync($"{Root}/{number}/versions", new { agency = "Border Force", title = "Another", text = "Another text.", effectiveFrom = "2099-06-01" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        await OkAsync(officer.PostAsync($"{Root}/{number}/publication", null));

        var publication = await OkAsync(visitor.GetAsync($"{Root}/{number}"));
        Assert.Equal(1, publication.GetProperty("versionInForce").GetInt32());
        var versions = publication.GetProperty("versions");
        Assert.Equal(2, versions.GetArrayLength());
        Assert.Equal("2099-01-01", versions[0].GetProperty("supersededFrom").GetString());
        Assert.True(versions[0].GetProperty("inForce").GetBoolean());
        Assert.False(versions[1].GetProperty("inForce").GetBoolean());

        Assert.Equal(1, await VersionShownAsync(visitor, number, "q=cultural%20goods&date=2030-05-01"));
        Assert.Equal(2, await VersionShownAsync(visitor, number, "q=cultural%20goods&date=2099-01-01"));
        Assert.Equal(2, await VersionShownAsync(visitor, number, "q=cultural%20goods"));
        Assert.DoesNotContain(number, await SearchNumbersAsync(visitor, "q=cultural%20goods&date=2019-12-31"));
        Assert.True((await OkAsync(visitor.GetAsync($"{Root}/{number}/versions/1/verification"))).GetProperty("valid").GetBoolean());
        Assert.True((await OkAsync(visitor.GetAsync($"{Root}/{number}/versions/2/verification"))).GetProperty("valid").GetBoolean());

        // A new version cannot take effect before the one it supersedes.
        var early = await officer.PostAsJsonAsync($"{Root}/{number}/versions", new { agency = "Border Force", title = "Earlier", text = "Earlier text.", effectiveFrom = "2098-01-01" });
        await ProblemAsync(early, "effectiveFrom", "VERSION-DATE");
    }

    [Fact]
    public async Task Published_exchange_rates_are_read_through_the_contract_on_the_date_asked()
    {
        using var officer = await factory.ClientForAsync("officer");
        var number = await PublishAsync(officer, new
        {
            kind = "exchange-rates",
            agency = "HM Revenue & Customs",
            title = "Exchange rates for customs valuation, March 2026",
            text = "Rates of the month, per pound sterling.",
            effectiveFrom = "2026-03-01",
            effectiveTo = "2026-03-31",
            rates = new[]
            {
                new { currency = "EUR", rate = 1.1825m, validFrom = "2026-03-01", validTo = "2026-03-31" },
                new { currency = "usd", rate = 1.2710m, validFrom = "2026-03-01", validTo = "2026-03-31" },
            },
        });
        var rates = factory.Services.GetRequiredService<IPublishedExchangeRates>();
        var euro = await rates.RateOnAsync("EUR", new DateOnly(2026, 3, 15));
        Assert.NotNull(euro);
        Assert.Equal(1.1825m, euro.UnitsPerNationalUnit);
        Assert.Equal(number, euro.PublicationNumber);
        Assert.Equal(1.271m, (await rates.RateOnAsync("USD", new DateOnly(2026, 3, 1)))!.UnitsPerNationalUnit);
        Assert.Null(await rates.RateOnAsync("EUR", new DateOnly(2026, 4, 1)));
        Assert.Null(await rates.RateOnAsync("JPY", new DateOnly(2026, 3, 15)));

        // A corrected table from 16 March supersedes the first from that date only.
        await CreatedAsync(officer.PostAsJsonAsync($"{Root}/{number}/versions", new
        {
            agency = "HM Revenue & Customs",
            title = "Exchange rates for customs valuation, March 2026 (corrected)",
            text = "Rates of the month, per pound sterling, corrected from 16 March.",
            effectiveFrom = "2026-03-16",
            effectiveTo = "2026-03-31",
            rates = new[] { new { currency = "EUR", rate = 1.1900m, validFrom = "2026-03-16", validTo = "2026-03-31" } },
        }));
        await OkAsync(officer.PostAsync($"{Root}/{number}/publication", null));
        Assert.Equal(1.1825m, (await rates.RateOnAsync("EUR", new DateOnly(2026, 3, 15)))!.UnitsPerNationalUnit);
        var corrected = (await rates.RateOnAsync("EUR", new DateOnly(2026, 3, 20)))!;
        Assert.Equal(1.19m, corrected.UnitsPerNationalUnit);
        Assert.Equal(2, corrected.Version);

        using var visitor = factory.CreateClient();
        var publication = await OkAsync(visitor.GetAsync($"{Root}/{number}"));
        Assert.Equal("USD", publication.GetProperty("versions")[0].GetProperty("rates")[1].GetProperty("currency").GetString());
        var signed = (await OkAsync(visitor.GetAsync($"{Root}/{number}/versions/1/verification"))).GetProperty("signedText").GetString()!;
        Assert.Matches("rates-sha256: [0-9a-f]{64}\n", signed);

        // Changing a published rate breaks the table's signature.
        var table = factory.Database.Table("publications", "pub_exchange_rates");
        Assert.Equal(1, await factory.Database.ExecuteAsync($"UPDATE {table} SET units_per_national_unit = 1.5 WHERE currency = 'USD' AND valid_from = '2026-03-01'"));
        Assert.False((await OkAsync(visitor.GetAsync($"{Root}/{number}/versions/1/verification"))).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Drafts_made_in_the_same_instant_each_get_their_own_number()
    {
        using var officer = await factory.ClientForAsync("officer");
        var drafted = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => CreatedAsync(officer.PostAsJsonAsync(Root, new
        {
            kind = "border-instruction",
            agency = "Border Force",
            title = $"Opening hours of the inland clearance depot, notice {i}",
            language = "en",
            text = "The inland clearance depot is open from 06:00 to 22:00 every day, public holidays included.",
            effectiveFrom = Today,
        }))));
        var numbers = drafted.Select(d => d.GetProperty("number").GetString()!).ToList();
        Assert.Equal(5, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.All(numbers, n => Assert.Matches(@"^BIN-\d{4}-\d{4}$", n));
    }

    [Fact]
    public async Task The_seeded_public_documents_are_published_with_their_source_and_verify()
    {
        using var visitor = factory.CreateClient();
        var found = await OkAsync(visitor.GetAsync($"{Root}?q=1430"));
        var regulation = found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == "REG-2020-0001");
        Assert.Contains("Customs Tariff (Establishment) (EU Exit) Regulations 2020", regulation.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("legislation.gov.uk", regulation.GetProperty("source").GetString(), StringComparison.Ordinal);
        var forms = await OkAsync(visitor.GetAsync($"{Root}?kind=form&q=C88"));
        var form = forms.GetProperty("items")[0];
        Assert.Equal("C88", form.GetProperty("formNumber").GetString());
        var attachment = await visitor.GetAsync($"{Root}/{form.GetProperty("number").GetString()}/versions/1/attachment");
        Assert.Contains("Box 33: commodity code", await attachment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var number in new[] { "REG-2020-0001", "AGR-2020-0001", "FRM-1988-0001" })
        {
            Assert.True((await OkAsync(visitor.GetAsync($"{Root}/{number}/versions/1/verification"))).GetProperty("valid").GetBoolean());
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_rule_and_only_officers_publish()
    {
        using var officer = await factory.ClientForAsync("officer");
        var valid = new Dictionary<string, object?>
        {
            ["kind"] = "commentary",
            ["agency"] = "Customs",
            ["title"] = "Commentary on the valuation of royalties",
            ["text"] = "Royalties are added to the price when they are a condition of sale.",
            ["effectiveFrom"] = "2026-01-01",
        };

        async Task RefusedAsync(string field, string rule, params (string Key, object? Value)[] changes)
        {
            var body = new Dictionary<string, object?>(valid);
            foreach (var (key, value) in changes)
            {
                body[key] = value;
            }

            await ProblemAsync(await officer.PostAsJsonAsync(Root, body), field, rule);
        }

        await RefusedAsync("kind", "KIND", ("kind", "circular"));
        await RefusedAsync("title", "REQUIRED", ("title", "   "));
        await RefusedAsync("effectiveTo", "DATE-ORDER", ("effectiveTo", "2025-12-31"));
        await RefusedAsync("effectiveFrom", "DATE", ("effectiveFrom", "2026-02-30"));
        await RefusedAsync("text", "TEXT-LENGTH", ("text", new string('a', 200_001)));
        await RefusedAsync("text", "TEXT-CHARACTERS", ("text", "bell \u0007 here"));
        await RefusedAsync("language", "LANGUAGE", ("language", "de"));
        await RefusedAsync("agency", "AGENCY-CHARACTERS", ("agency", "<script>"));
        await RefusedAsync("formNumber", "REQUIRED", ("kind", "form"));
        await RefusedAsync("formNumber", "FORM-NUMBER-KIND", ("formNumber", "C88"));
        await RefusedAsync("rates", "RATES-KIND", ("rates", new[] { new { currency = "EUR", rate = 1.1m, validFrom = "2026-01-01", validTo = "2026-01-31" } }));
        await RefusedAsync("rates", "REQUIRED", ("kind", "exchange-rates"));
        await RefusedAsync("rates[0].currency", "CURRENCY", ("kind", "exchange-rates"), ("rates", new[] { new { currency = "XYZ", rate = 1.1m, validFrom = "2026-01-01", validTo = "2026-01-31" } }));
        await RefusedAsync("rates[0].rate", "RATE", ("kind", "exchange-rates"), ("rates", new[] { new { currency = "EUR", rate = -1m, validFrom = "2026-01-01", validTo = "2026-01-31" } }));
        await RefusedAsync("rates[1]", "RATE-OVERLAP", ("kind", "exchange-rates"), ("rates", new[]
        {
            new { currency = "EUR", rate = 1.1m, validFrom = "2026-01-01", validTo = "2026-01-31" },
            new { currency = "EUR", rate = 1.2m, validFrom = "2026-01-15", validTo = "2026-02-15" },
        }));
        await RefusedAsync("attachment.contentBase64", "CONTENT-MISMATCH", ("attachment", new { fileName = "form.pdf", contentType = "application/pdf", contentBase64 = Convert.ToBase64String("not a pdf"u8.ToArray()) }));
        await RefusedAsync("attachment.contentType", "CONTENT-TYPE", ("attachment", new { fileName = "run.exe", contentType = "application/x-msdownload", contentBase64 = "TVo=" }));
        await RefusedAsync("attachment.fileName", "FILE-NAME", ("attachment", new { fileName = "../../etc/passwd", contentType = "text/plain", contentBase64 = "YQ==" }));

        using var visitor = factory.CreateClient();
        await ProblemAsync(await visitor.GetAsync($"{Root}?kind=circular"), "kind", "KIND");
        await ProblemAsync(await visitor.GetAsync($"{Root}?date=2026-13-01"), "date", "DATE");
        await ProblemAsync(await visitor.GetAsync($"{Root}?page=0"), "page", "PAGE");
        await ProblemAsync(await visitor.GetAsync($"{Root}?q=" + new string('x', 201)), "q", "TEXT-LENGTH");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"{Root}?q=%27%20OR%201%3D1%20--")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{Root}/NO-SUCH-0001")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{Root}/{new string('A', 300)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"{Root}/REG-2020-0001/versions/9/verification")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync(Root, valid)).StatusCode);
        using var trader = await factory.ClientForAsync("trader");
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsJsonAsync(Root, valid)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.PostAsync($"{Root}/REG-2020-0001/publication", null)).StatusCode);
    }

    internal static async Task<string> PublishAsync(HttpClient officer, object draft)
    {
        var number = (await CreatedAsync(officer.PostAsJsonAsync(Root, draft))).GetProperty("number").GetString()!;
        await OkAsync(officer.PostAsync($"{Root}/{number}/publication", null));
        return number;
    }

    private static async Task<List<string>> SearchNumbersAsync(HttpClient client, string query) =>
        (await OkAsync(client.GetAsync($"{Root}?{query}"))).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();

    private static async Task<int?> VersionShownAsync(HttpClient client, string number, string query) =>
        (await OkAsync(client.GetAsync($"{Root}?{query}"))).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("number").GetString() == number).Select(i => (int?)i.GetProperty("version").GetInt32()).SingleOrDefault();

    internal static async Task ProblemAsync(HttpResponseMessage response, string field, string rule)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {field}/{rule}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field && e.GetProperty("rule").GetString() == rule);
    }

    internal static async Task<JsonElement> OkAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    internal static async Task<JsonElement> CreatedAsync(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
