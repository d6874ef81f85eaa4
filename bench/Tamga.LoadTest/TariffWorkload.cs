using System.Text.Json;

namespace Tamga.LoadTest;

/// <summary>
/// The public tariff endpoints, anonymous, in turn: word search and classification of the goods descriptions of
/// the WCO DEC-DMS samples, and the look-up of every national line code on 2020-12-31 and 2021-01-01.
/// </summary>
internal static class TariffWorkload
{
    private const string Allowed = ".,:'\"()/%&+-*#’ ";

    public static Workload Create(string samplesFolder, string tariffFile)
    {
        var descriptions = Descriptions(samplesFolder);
        var codes = File.ReadLines(tariffFile).Skip(1).Select(l => l.Split(',')[0]).Where(c => c.Length >= 8 && c.All(char.IsAsciiDigit)).ToArray();
        if (descriptions.Length == 0 || codes.Length == 0)
        {
            throw new InvalidOperationException("No sample descriptions or tariff codes found.");
        }

        return new Workload(
            "tariff",
            $"GET /api/v1/tariff/search, /classify ({descriptions.Length} sample descriptions) and /commodities/{{code}} ({codes.Length} lines, two dates), in turn",
            (sequence, _) =>
            {
                var n = (int)(sequence / 3);
                var path = (sequence % 3) switch
                {
                    0 => "/api/v1/tariff/search?q=" + Uri.EscapeDataString(descriptions[n % descriptions.Length]) + "&date=2024-01-01",
                    1 => "/api/v1/tariff/classify?description=" + Uri.EscapeDataString(descriptions[n % descriptions.Length]),
                    _ => $"/api/v1/tariff/commodities/{codes[n % codes.Length]}?date={(n % 2 == 0 ? "2020-12-31" : "2021-01-01")}",
                };
                return new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            },
            expectCreated: false);
    }

    /// <summary>The distinct goods descriptions of the samples' goods items that the endpoints accept (200 characters, plain punctuation).</summary>
    private static string[] Descriptions(string folder)
    {
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "index.json")));
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in index.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            foreach (var declaration in scenario.GetProperty("declarations").EnumerateArray())
            {
                if (!declaration.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var item in items.EnumerateArray())
                {
                    if (item.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
                        && d.GetString()!.Trim() is { Length: > 0 and <= 200 } text
                        && text.All(c => char.IsLetterOrDigit(c) || Allowed.Contains(c, StringComparison.Ordinal)))
                    {
                        result.Add(text);
                    }
                }
            }
        }

        return result.Order(StringComparer.Ordinal).ToArray();
    }
}
