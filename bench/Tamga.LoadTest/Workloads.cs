using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tamga.LoadTest;

/// <summary>What one scenario sends: a fresh request for each sequence number.</summary>
internal sealed class Workload(string name, string description, Func<long, string, HttpRequestMessage> create, bool expectCreated)
{
    private static readonly string Run = string.Concat(Enumerable.Range(0, 5).Select(_ => "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[Random.Shared.Next(36)]));

    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>True when every answer must be 201 Created (a lodging).</summary>
    public bool ExpectCreated { get; } = expectCreated;

    /// <summary>A request; <paramref name="tag"/> tells runs apart so that every LRN of the process is new.</summary>
    public HttpRequestMessage Create(long sequence, string tag) => create(sequence, tag);

    /// <summary>An LRN (DE 2/5, at most 22 characters) never used before by this process or another.</summary>
    public static string Lrn(string tag, long sequence) => string.Create(CultureInfo.InvariantCulture, $"L{Run}{tag}-{sequence:x}");
}

/// <summary>A body with its LRN cut out, so each request is the template with a new LRN put back.</summary>
internal sealed class LrnTemplate(byte[] prefix, byte[] suffix)
{
    public int Length => prefix.Length + suffix.Length;

    /// <summary>Cuts <paramref name="length"/> bytes at <paramref name="start"/> out of a document.</summary>
    public static LrnTemplate Around(byte[] document, int start, int length) => new(document[..start], document[(start + length)..]);

    /// <summary>The document with an ASCII LRN put back (ASCII is the same bytes in UTF-8 and in ISO-8859-1).</summary>
    public byte[] With(string lrn)
    {
        var body = new byte[prefix.Length + lrn.Length + suffix.Length];
        prefix.CopyTo(body, 0);
        Encoding.ASCII.GetBytes(lrn, body.AsSpan(prefix.Length));
        suffix.CopyTo(body, prefix.Length + lrn.Length);
        return body;
    }
}

/// <summary>Builds the scenarios against a running host: tokens, trader users, and the green samples.</summary>
internal static partial class Workloads
{
    private const string LrnMarker = "@@LRN@@";
    private const string Trader = "trader";
    private const string TraderParty = "GB553202734852";

    private static readonly Uri Declarations = new("/api/v1/declarations", UriKind.Relative);

    public static Workload Health() => new(
        "health",
        "GET /health (baseline: routing, health check, pooled connection open)",
        (_, _) => new HttpRequestMessage(HttpMethod.Get, new Uri("/health", UriKind.Relative)),
        expectCreated: false);

    /// <summary>A green import in Tamga JSON (as the tests' SimpleImport), by the demonstration trader.</summary>
    public static async Task<Workload> JsonAsync(HttpClient client)
    {
        var token = await TokenAsync(client, Trader, "trader-demo");
        var bytes = Encoding.UTF8.GetBytes(SimpleImportJson(LrnMarker, TraderParty));
        var template = LrnTemplate.Around(bytes, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(LrnMarker)), LrnMarker.Length);
        var json = new MediaTypeHeaderValue("application/json");
        return new Workload(
            "json",
            $"POST /api/v1/declarations, Tamga JSON, 1 goods item, {template.Length} bytes",
            (sequence, tag) => Lodging(template.With(Workload.Lrn(tag, sequence)), json, token),
            expectCreated: true);
    }

    /// <summary>
    /// The real DEC-DMS samples (originals, well-formed) that are registered and released on the green path when
    /// lodged with a new LRN by a trader of their declarant's party; each is probed once before it is used.
    /// </summary>
    public static async Task<Workload> XmlAsync(HttpClient client, string samplesFolder)
    {
        var adminToken = await TokenAsync(client, "admin", "admin-demo");
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        var xml = new MediaTypeHeaderValue("application/xml");
        var green = new List<(LrnTemplate Template, string Token, string File)>();
        var refused = 0;
        foreach (var file in OriginalSamples(samplesFolder))
        {
            // Read byte for byte (ISO-8859-1 maps each byte to one char), so offsets are byte offsets whatever the encoding.
            var bytes = await File.ReadAllBytesAsync(Path.Combine(samplesFolder, "samples", file));
            var text = Encoding.Latin1.GetString(bytes);
            var lrns = LrnPattern().Matches(text);
            var declarant = DeclarantPattern().Match(text);
            if (lrns.Count != 1 || !declarant.Success)
            {
                continue;
            }

            var party = declarant.Groups[1].Value.Trim();
            if (!tokens.TryGetValue(party, out var token))
            {
                token = tokens[party] = await TraderTokenAsync(client, adminToken, party);
            }

            var lrn = lrns[0].Groups[2];
            var template = LrnTemplate.Around(bytes, lrn.Index, lrn.Length);
            using var probe = Lodging(template.With(Workload.Lrn("p", green.Count + refused)), xml, token);
            using var response = await client.SendAsync(probe);
            var answer = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Created && answer.Contains("\"status\":\"Released\"", StringComparison.Ordinal))
            {
                green.Add((template, token, file));
            }
            else
            {
                refused++;
            }
        }

        if (green.Count == 0)
        {
            throw new InvalidOperationException("No DEC-DMS sample was released on the green path.");
        }

        var meanBytes = green.Average(g => g.Template.Length);
        return new Workload(
            "xml",
            string.Create(CultureInfo.InvariantCulture, $"POST /api/v1/declarations, DEC-DMS XML (schema-validated), {green.Count} green samples round-robin ({refused} others left out), mean {meanBytes:0} bytes, {tokens.Count} declarants"),
            (sequence, tag) =>
            {
                var (template, token, _) = green[(int)(sequence % green.Count)];
                return Lodging(template.With(Workload.Lrn(tag, sequence)), xml, token);
            },
            expectCreated: true);
    }

    private static HttpRequestMessage Lodging(byte[] body, MediaTypeHeaderValue type, string token)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = type;
        var request = new HttpRequestMessage(HttpMethod.Post, Declarations) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static async Task<string> TokenAsync(HttpClient client, string user, string password)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/auth/token", UriKind.Relative), new { user, password });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A trader of <paramref name="party"/>, created through the admin API when missing.</summary>
    private static async Task<string> TraderTokenAsync(HttpClient client, string adminToken, string party)
    {
        var user = "load-" + party.ToLowerInvariant();
        var password = "load-password-" + party;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/users", UriKind.Relative))
        {
            Content = JsonContent.Create(new { user, password, roles = new[] { "trader" }, party }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        using var response = await client.SendAsync(request);
        if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
        {
            throw new InvalidOperationException($"Could not create {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await TokenAsync(client, user, password);
    }

    /// <summary>The original declarations (function code 9) of the samples that are well-formed, as index.json lists them.</summary>
    private static List<string> OriginalSamples(string folder)
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        var files = new List<string>();
        foreach (var scenario in index.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            foreach (var declaration in scenario.GetProperty("declarations").EnumerateArray())
            {
                if (declaration.GetProperty("role").GetString() == "declaration"
                    && declaration.GetProperty("validation").GetProperty("well_formed").GetBoolean())
                {
                    files.Add(declaration.GetProperty("file").GetString()!);
                }
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string SimpleImportJson(string lrn, string declarant) =>
        $$"""
        {
          "functionCode": "9",
          "functionalReferenceId": "{{lrn}}",
          "typeCode": "IMA",
          "goodsItemQuantity": 1,
          "totalPackageQuantity": 50,
          "invoiceAmount": { "value": 1000, "currency": "GBP" },
          "declarant": { "id": "{{declarant}}" },
          "presentationOffice": "ZZ000002",
          "borderTransportMeans": { "registrationNationalityCode": "US", "modeCode": "1" },
          "goodsShipment": {
            "transactionNatureCode": "1",
            "importer": { "id": "{{declarant}}" },
            "destinationCountry": "GB",
            "exportCountry": "US",
            "goodsItems": [{
              "sequence": 1,
              "description": "Printed books",
              "classifications": [ { "id": "49019900", "type": "TSP" }, { "id": "00", "type": "TRC" }, { "id": "VATZ", "type": "GN" } ],
              "commodityCode": "4901990000",
              "origin": { "country": "US", "type": "1" },
              "procedureCode": "4000",
              "additionalProcedureCodes": [ "000" ],
              "netMass": 100,
              "grossMass": 150,
              "itemAmount": { "value": 1000, "currency": "GBP" },
              "valuationMethod": "1",
              "packages": [ { "sequence": 1, "typeCode": "BX", "quantity": 50, "marks": "BX-1" } ]
            }]
          }
        }
        """;

    [GeneratedRegex(@"(<(?:\w+:)?FunctionalReferenceID>)([^<]*)(</)")]
    private static partial Regex LrnPattern();

    [GeneratedRegex(@"<(?:\w+:)?Declarant>\s*(?:<!--.*?-->\s*)*<(?:\w+:)?ID>([^<]+)</", RegexOptions.Singleline)]
    private static partial Regex DeclarantPattern();
}
