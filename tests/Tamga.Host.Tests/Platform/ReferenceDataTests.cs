using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Platform;

public sealed class ReferenceDataTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    [Fact]
    public async Task CodeLists_AreLoadedOnFirstStart()
    {
        using var lists = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/code-lists"));
        var counts = lists.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("codes").GetInt32());
        Assert.True(counts["country"] >= 249);
        Assert.Equal(178, counts["currency"]);
        Assert.Equal(97 + 1229 + 5613 - 2, counts["hs2022"]);
        Assert.Equal(21, counts["hs2022-section"]);
        Assert.Equal(11, counts["unlocode-function"]);
        Assert.Equal(14, counts["unlocode-status"]);
    }

    [Theory]
    [InlineData("en", "France")]
    [InlineData("fr", "France (la)")]
    [InlineData("ru", "Франция")]
    public async Task Countries_AreDescribedInTheChosenLanguage(string lang, string expected)
    {
        using var page = JsonDocument.Parse(await factory.CreateClient().GetStringAsync($"/api/v1/code-lists/country?q=FR&lang={lang}&pageSize=5"));
        var france = page.RootElement.GetProperty("items").EnumerateArray().First(i => i.GetProperty("code").GetString() == "FR");
        Assert.Equal(expected, france.GetProperty("description").GetString());
    }

    [Fact]
    public async Task AdministrationCodes_ExtendTheCountryList()
    {
        using var page = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/code-lists/country?q=XI"));
        Assert.Contains(page.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == "XI");
    }
}
