using System.Net;
using System.Net.Http.Json;
using Tamga.Host.Tests.Declarations;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Risk;

public sealed class ControlFeedbackTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task AControlResult_AppearsInTheNextTrainingSet_WithItsLabel()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        using var analyst = await factory.ClientForAsync("analyst");
        var (_, found) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("FEEDBACK-0001", commodity: "9303201000", origin: "TR"));
        var (_, clean) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("FEEDBACK-0002", commodity: "9303201000", origin: "TR"));
        var foundId = Guid.Parse(found.GetProperty("id").GetString()!);
        var cleanId = Guid.Parse(clean.GetProperty("id").GetString()!);

        var bad = await officer.PostAsJsonAsync($"/api/v1/declarations/{foundId}/control-result", new { findings = "x", outcome = "refuse", revenueRaised = -5 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("revenueRaised", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var refused = await officer.PostAsJsonAsync($"/api/v1/declarations/{foundId}/control-result", new { findings = "Undeclared parts", outcome = "refuse", revenueRaised = 1250.50m });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var released = await officer.PostAsJsonAsync($"/api/v1/declarations/{cleanId}/control-result", new { findings = "Goods as declared", outcome = "release" });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await trader.GetAsync("/api/v1/risk/control-results.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync("/api/v1/risk/control-results.csv?since=yesterday")).StatusCode);
        string[] lines = [];
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            lines = (await analyst.GetStringAsync("/api/v1/risk/control-results.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length >= 3)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.StartsWith("Declaration ID,Date,Office ID", lines[0], StringComparison.Ordinal);
        var foundRow = lines.Single(l => l.StartsWith($"{foundId:N}/1,", StringComparison.Ordinal)).Split(',');
        var cleanRow = lines.Single(l => l.StartsWith($"{cleanId:N}/1,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["1", "1"], foundRow[^2..]);
        Assert.Equal(["0", "0"], cleanRow[^2..]);
        Assert.Equal("930320", foundRow[9][..6]);
        Assert.Equal("TR", foundRow[11]);
        Assert.Equal(SimpleImport.Importer, foundRow[7]);
    }
}
