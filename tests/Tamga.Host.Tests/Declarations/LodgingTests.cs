using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Kernel.Identifiers;

namespace Tamga.Host.Tests.Declarations;

public sealed class LodgingTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private static ByteArrayContent Xml(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return content;
    }

    [Fact]
    public async Task EverySample_TheUkAccepted_IsAcceptedWithAnMrn_AndTheMalformedGet400WithLineAndColumn()
    {
        var clients = new Dictionary<string, HttpClient>();
        var seen = new Dictionary<(string, string), byte[]>();
        var failures = new List<string>();
        var accepted = 0;
        foreach (var sample in Samples.Originals)
        {
            var body = Samples.Bytes(sample.File);
            if (!sample.WellFormed)
            {
                using var anyTrader = await factory.ClientForAsync("trader");
                var bad = await anyTrader.PostAsync("/api/v1/declarations", Xml(body));
                var problem = await bad.Content.ReadAsStringAsync();
                if (bad.StatusCode != HttpStatusCode.BadRequest || !problem.Contains("\"line\":", StringComparison.Ordinal) || !problem.Contains("\"column\":", StringComparison.Ordinal))
                {
                    failures.Add($"{sample.File}: expected 400 with line and column, got {(int)bad.StatusCode} {problem}");
                }

                continue;
            }

            var declarant = Samples.Declarant(body);
            if (!clients.TryGetValue(declarant, out var client))
            {
                client = clients[declarant] = await Samples.TraderForAsync(factory, declarant);
            }

            var response = await client.PostAsync("/api/v1/declarations", Xml(body));
            var text = await response.Content.ReadAsStringAsync();
            var key = (declarant, sample.Lrn ?? "");
            if (seen.TryGetValue(key, out var earlier) && earlier.AsSpan().SequenceEqual(body))
            {
                // The same file in two scenarios: lodged again, the same declaration comes back.
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{sample.File}: resubmitted identical body should give 200, got {(int)response.StatusCode}");
                }

                continue;
            }

            if (seen.TryGetValue(key, out earlier))
            {
                // Two samples reuse one LRN with different content: the second is a conflict, as it should be.
                if (response.StatusCode != HttpStatusCode.Conflict)
                {
                    failures.Add($"{sample.File}: reused LRN {sample.Lrn} should give 409, got {(int)response.StatusCode}");
                }

                continue;
            }

            seen[key] = body;
            if (response.StatusCode == HttpStatusCode.Created)
            {
                using var json = JsonDocument.Parse(text);
                var mrn = json.RootElement.GetProperty("mrn").GetString();
                if (!Mrn.TryParse(mrn, out _))
                {
                    failures.Add($"{sample.File}: MRN '{mrn}' is not valid");
                }

                accepted++;
            }
            else
            {
                // Tamga accepts the samples the UK rejected only for UK-register reasons (authorisations) too.
                failures.Add($"{sample.File}: {(int)response.StatusCode} {text[..Math.Min(600, text.Length)]}");
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(failures.Count == 0, $"{failures.Count} samples failed ({accepted} accepted):\n" + string.Join("\n", failures));
        Assert.True(accepted > 190, $"only {accepted} accepted");
    }

    [Fact]
    public async Task Json_GreenDeclaration_IsRegisteredAndReleasedAutomatically()
    {
        using var trader = await factory.ClientForAsync("trader");
        var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("GREEN-0001"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Released", body.GetProperty("status").GetString());
        Assert.Equal("Green", body.GetProperty("channel").GetString());
        Assert.Equal("GREEN-0001", body.GetProperty("lrn").GetString());
        Assert.True(Mrn.TryParse(body.GetProperty("mrn").GetString(), out var mrn));
        Assert.Equal('R', mrn.Value[16]);
        // Revenue assesses the duties: nothing is due on books (0% duty, zero-rated VAT), so release is immediate.
        Assert.True(body.GetProperty("duties").GetProperty("assessed").GetBoolean());
        Assert.Equal(0m, body.GetProperty("duties").GetProperty("total").GetDecimal());
        Assert.True(body.GetProperty("duties").GetProperty("paidOrSecured").GetBoolean());
        Assert.Equal(response.Headers.Location!.ToString(), body.GetProperty("links").GetProperty("self").GetString());

        var notifications = await SimpleImport.GetAsync(trader, body.GetProperty("links").GetProperty("notifications").GetString()!);
        Assert.Equal(["DMSACC", "DMSTAX", "DMSCLE"], notifications.EnumerateArray().Select(n => n.GetProperty("type").GetString()!).ToArray());

        var detail = await SimpleImport.GetAsync(trader, body.GetProperty("links").GetProperty("self").GetString()!);
        Assert.Equal(["Registered", "Released"], detail.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(SimpleImport.Books, detail.GetProperty("content").GetProperty("goodsShipment").GetProperty("goodsItems")[0].GetProperty("commodityCode").GetString());
    }

    [Fact]
    public async Task SameLrnSameBody_Gives200WithTheSameDeclaration_AndAnotherBody409()
    {
        using var trader = await factory.ClientForAsync("trader");
        var json = SimpleImport.Json("IDEM-0001");
        var (first, created) = await SimpleImport.LodgeAsync(trader, json);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var (again, same) = await SimpleImport.LodgeAsync(trader, json);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(created.GetProperty("id").GetString(), same.GetProperty("id").GetString());
        Assert.Equal(created.GetProperty("mrn").GetString(), same.GetProperty("mrn").GetString());
        var (conflict, _) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("IDEM-0001", value: 2000m));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
    }

    [Fact]
    public async Task ConcurrentSubmissions_OfOneLrn_RegisterItOnce()
    {
        using var trader = await factory.ClientForAsync("trader");
        var json = SimpleImport.Json("RACE-0001");
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => SimpleImport.LodgeAsync(trader, json)));
        Assert.Single(responses, r => r.Response.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.Response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(responses.Select(r => r.Body.GetProperty("mrn").GetString()).Distinct());
        var list = await SimpleImport.GetAsync(trader, "/api/v1/declarations?lrn=RACE-0001");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task BusinessRuleBreach_Gives422_StoresItAsRejected_WithDmsrej()
    {
        using var trader = await factory.ClientForAsync("trader");
        var json = SimpleImport.Json("REJ-0001", origin: "QQ").Replace("\"goodsItemQuantity\": 1", "\"goodsItemQuantity\": 3", StringComparison.Ordinal);
        var (response, body) = await SimpleImport.LodgeAsync(trader, json);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("field").GetString()!.Contains("DE 1/9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("field").GetString()!.Contains("DE 5/15", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("DEC-", e.GetProperty("rule").GetString(), StringComparison.Ordinal));
        var id = body.GetProperty("declaration").GetProperty("id").GetString();
        var detail = await SimpleImport.GetAsync(trader, $"/api/v1/declarations/{id}");
        Assert.Equal("Rejected", detail.GetProperty("summary").GetProperty("status").GetString());
        Assert.Equal("DMSREJ", detail.GetProperty("notifications")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task AnotherPartysDeclaration_CannotBeLodgedOrRead()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var other = await Samples.TraderForAsync(factory, "GB999999999999");
        var (forbidden, _) = await SimpleImport.LodgeAsync(other, SimpleImport.Json("OTHER-0001"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("MINE-0001"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = body.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/declarations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/declarations/{id}/notifications")).StatusCode);
        var list = await SimpleImport.GetAsync(other, "/api/v1/declarations");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/control/queue")).StatusCode);
    }

    [Theory]
    [InlineData("text/plain", "hello", 415)]
    [InlineData("application/json", "{\"functionCode\": ", 400)]
    [InlineData("application/json", "{\"functionCode\": \"9\", \"noSuchField\": 1}", 400)]
    [InlineData("application/json", "{\"functionCode\": 9}", 400)]
    [InlineData("application/xml", "<notADeclaration/>", 400)]
    [InlineData("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>", 400)]
    [InlineData("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><foo>&xxe;</foo>", 400)]
    public async Task HostileBodies_Get4xxProblems_AndNothingIsStored(string contentType, string body, int status)
    {
        using var trader = await Samples.TraderForAsync(factory, "GB111111111111");
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await trader.PostAsync("/api/v1/declarations", content);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var list = await SimpleImport.GetAsync(trader, "/api/v1/declarations");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DeeplyNestedXml_Gets400()
    {
        using var trader = await factory.ClientForAsync("trader");
        var xml = string.Concat(Enumerable.Repeat("<a>", 5000)) + string.Concat(Enumerable.Repeat("</a>", 5000));
        var response = await trader.PostAsync("/api/v1/declarations", Xml(Encoding.UTF8.GetBytes(xml)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HugeItemCount_Gets422_NotACrash()
    {
        using var trader = await factory.ClientForAsync("trader");
        var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("HUGE-0001", items: 1200));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString()!.Contains("DE 1/9", StringComparison.Ordinal) || e.GetProperty("rule").GetString() == "DEC-R014");
    }

    [Fact]
    public async Task NotificationsAsXml_AreWcoResponses()
    {
        using var trader = await factory.ClientForAsync("trader");
        var (_, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("XMLN-0001"));
        using var request = new HttpRequestMessage(HttpMethod.Get, body.GetProperty("links").GetProperty("notifications").GetString());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        var response = await trader.SendAsync(request);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var codes = xml.Descendants(System.Xml.Linq.XName.Get("FunctionCode", "urn:wco:datamodel:WCO:RES-DMS:2")).Select(e => e.Value).ToList();
        Assert.All(xml.Root!.Elements(), metaData =>
        {
            var errors = new List<string>();
            System.Xml.Schema.Extensions.Validate(new System.Xml.Linq.XDocument(metaData), Tamga.Declarations.Intake.DecDmsSchemas.Notification, (_, e) => errors.Add(e.Message));
            Assert.Empty(errors);
        });
        Assert.Equal(new[] { "01", "13", "09" }, codes);
    }
}
