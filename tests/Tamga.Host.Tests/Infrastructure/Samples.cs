using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tamga.Host.Tests.Infrastructure;

/// <summary>The HMRC CDS DEC-DMS samples in tests/data/wco-dms, as index.json describes them.</summary>
public static partial class Samples
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Tamga.sln not found above the test output.");
    });

    public static string Folder => Path.Combine(Root.Value, "tests", "data", "wco-dms");

    public sealed record Original(string Scenario, string File, string? Lrn, bool WellFormed, bool UkRejectedOnly);

    /// <summary>Every original declaration (function code 9) of the samples.</summary>
    public static IReadOnlyList<Original> Originals { get; } = LoadOriginals();

    public static byte[] Bytes(string file) => System.IO.File.ReadAllBytes(Path.Combine(Folder, "samples", file.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>The declarant's EORI (DE 3/18) as written in the sample.</summary>
    public static string Declarant(byte[] xml)
    {
        var match = DeclarantPattern().Match(Encoding.UTF8.GetString(xml));
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("No declarant in the sample.");
    }

    /// <summary>A trader user for a party, created through the admin API when it does not exist yet.</summary>
    public static async Task<HttpClient> TraderForAsync(TamgaFactory factory, string party)
    {
        var user = "t-" + party.ToLowerInvariant();
        using (var admin = await factory.ClientForAsync("admin"))
        {
            var response = await admin.PostAsJsonAsync("/api/v1/admin/users", new { user, password = "password-" + party, roles = new[] { "trader" }, party });
            if (response.StatusCode is not (System.Net.HttpStatusCode.Created or System.Net.HttpStatusCode.Conflict))
            {
                throw new InvalidOperationException($"Could not create {user}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        return await factory.ClientForAsync(user, "password-" + party);
    }

    private static List<Original> LoadOriginals()
    {
        using var index = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(Folder, "index.json")));
        var originals = new List<Original>();
        foreach (var scenario in index.RootElement.GetProperty("scenarios").EnumerateArray())
        {
            var types = scenario.GetProperty("notification_types").EnumerateArray().Select(t => t.GetString()).ToList();
            foreach (var declaration in scenario.GetProperty("declarations").EnumerateArray())
            {
                if (declaration.GetProperty("role").GetString() != "declaration")
                {
                    continue;
                }

                var validation = declaration.GetProperty("validation");
                originals.Add(new Original(
                    scenario.GetProperty("scenario").GetString()!,
                    declaration.GetProperty("file").GetString()!,
                    declaration.TryGetProperty("lrn", out var lrn) ? lrn.GetString() : null,
                    validation.GetProperty("well_formed").GetBoolean(),
                    types.Count > 0 && types.All(t => t == "DMSREJ")));
            }
        }

        return originals;
    }

    [GeneratedRegex(@"<(?:\w+:)?Declarant>\s*(?:<!--.*?-->\s*)*<(?:\w+:)?ID>([^<]+)</", RegexOptions.Singleline)]
    private static partial Regex DeclarantPattern();
}
