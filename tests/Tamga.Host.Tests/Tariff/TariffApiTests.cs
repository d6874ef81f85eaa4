using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Tariff.LoadTariff;

namespace Tamga.Host.Tests.Tariff;

/// <summary>The public tariff API on a real host and database (SQLite, and PostgreSQL with TAMGA_TEST_PROVIDER=PostgreSQL).</summary>
public sealed class TariffApiTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task FirstStart_LoadsEveryHs2022SubheadingAndEveryUkLine_WithNoUnparsedExpression()
    {
        var coverage = await GetJsonAsync("/api/v1/tariff/coverage");
        Assert.Equal(5_612, coverage.GetProperty("hsSubheadings").GetInt32());
        Assert.Equal(1_228, coverage.GetProperty("hsHeadings").GetInt32());
        Assert.Equal(11_830, coverage.GetProperty("nationalLines").GetInt32());
        Assert.Equal(334, coverage.GetProperty("linesNotInHs2022").GetInt32());
        Assert.Equal(11_830 - 334, coverage.GetProperty("linesLinkedToHs2022").GetInt32());
        Assert.Equal(0, coverage.GetProperty("expressionsUnparsed").GetInt32());
        Assert.True(coverage.GetProperty("measures").GetInt32() > 2 * 11_830);

        var unparsed = await GetJsonAsync("/api/v1/tariff/unparsed");
        Assert.Equal(0, unparsed.GetProperty("count").GetInt32());
        Assert.Equal(12, unparsed.GetProperty("assumptionCount").GetInt32());

        var unmapped = await GetJsonAsync("/api/v1/tariff/unmapped");
        Assert.Equal(334, unmapped.GetProperty("count").GetInt32());
        Assert.Equal(334, unmapped.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task Loading_IsIdempotent_AndTheStoredMeasuresReadBackAsLoaded()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<TariffLoader>().LoadShippedAsync(CancellationToken.None);
        Assert.DoesNotContain(loaded, l => l.StartsWith("UK tariff", StringComparison.Ordinal) || l.StartsWith("HS 2022", StringComparison.Ordinal));
        var coverage = await GetJsonAsync("/api/v1/tariff/coverage");
        Assert.Equal(11_830, coverage.GetProperty("nationalLines").GetInt32());
    }

    [Fact]
    public async Task ACommodity_On2020_12_31_HasTheEuRate_AndOn2021_01_01_TheUkRate()
    {
        var cet = await GetJsonAsync("/api/v1/tariff/commodities/02011000?date=2020-12-31");
        var cetDuty = ThirdCountryDuty(cet);
        Assert.Equal("12.80% + 176.80 EUR / 100 kg", cetDuty.GetProperty("expression").GetString());
        Assert.Equal("EUR", cetDuty.GetProperty("components")[1].GetProperty("currency").GetString());
        Assert.Equal(176.8m, cetDuty.GetProperty("components")[1].GetProperty("rate").GetDecimal());
        Assert.Equal("2020-12-31", cetDuty.GetProperty("validTo").GetString());

        var ukgt = await GetJsonAsync("/api/v1/tariff/commodities/02011000?date=2021-01-01");
        var ukgtDuty = ThirdCountryDuty(ukgt);
        Assert.Equal("12.00% + 147.00 GBP/100kg", ukgtDuty.GetProperty("expression").GetString());
        Assert.Equal(12.00m, ukgtDuty.GetProperty("components")[0].GetProperty("rate").GetDecimal());
        Assert.Equal(147.00m, ukgtDuty.GetProperty("components")[1].GetProperty("rate").GetDecimal());
        Assert.Equal("DTN", ukgtDuty.GetProperty("components")[1].GetProperty("unit").GetString());
        Assert.Equal("2021-01-01", ukgtDuty.GetProperty("validFrom").GetString());

        Assert.Equal("020110", ukgt.GetProperty("hs2022").GetProperty("subheading").GetProperty("code").GetString());
        Assert.Equal("0201", ukgt.GetProperty("hs2022").GetProperty("heading").GetProperty("code").GetString());
        var vat = ukgt.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("type").GetString() == "305");
        Assert.Equal(20m, vat.GetProperty("components")[0].GetProperty("rate").GetDecimal());
        Assert.Contains("Value Added Tax Act 1994, s. 2", vat.GetProperty("legalBase").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFutureDate_GivesTheRatesInForceThen()
    {
        var later = await GetJsonAsync("/api/v1/tariff/commodities/8471300000?date=2030-06-30");
        Assert.Equal("84713000", later.GetProperty("code").GetString());
        Assert.Equal("0.0%", ThirdCountryDuty(later).GetProperty("expression").GetString());
    }

    [Fact]
    public async Task Search_ByWordsAndByCode()
    {
        var words = await GetJsonAsync("/api/v1/tariff/search?q=live%20horses&date=2024-01-01");
        Assert.Equal("words", words.GetProperty("mode").GetString());
        Assert.StartsWith("0101", words.GetProperty("results")[0].GetProperty("code").GetString(), StringComparison.Ordinal);

        var code = await GetJsonAsync("/api/v1/tariff/search?q=0101&date=2021-01-01&limit=50");
        Assert.Equal("code", code.GetProperty("mode").GetString());
        Assert.All(code.GetProperty("results").EnumerateArray(), r => Assert.Equal("uk-tariff", r.GetProperty("nomenclature").GetString()));
        Assert.Contains(code.GetProperty("results").EnumerateArray(), r => r.GetProperty("thirdCountryDuty").GetString() == "10.0%");
    }

    [Fact]
    public async Task Classify_GivesAnArrayOfCandidatesWithCodeAndReason()
    {
        var candidates = await GetJsonAsync("/api/v1/tariff/classify?description=frozen%20boneless%20beef");
        Assert.Equal(JsonValueKind.Array, candidates.ValueKind);
        Assert.InRange(candidates.GetArrayLength(), 1, 5);
        Assert.All(candidates.EnumerateArray(), c =>
        {
            Assert.Matches("^[0-9]{4,10}$", c.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString()));
        });
        Assert.Contains(candidates.EnumerateArray().Take(3), c => c.GetProperty("code").GetString()!.StartsWith("0202", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePublicEndpoints_NeedNoSignIn_AndUnknownCodesAre404()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/tariff/commodities/9999999999?date=2021-01-01");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/tariff/commodities/01O12990", "code")]
    [InlineData("/api/v1/tariff/commodities/0101299", "code")]
    [InlineData("/api/v1/tariff/commodities/0101%27%20OR%201=1", "code")]
    [InlineData("/api/v1/tariff/commodities/01012990?date=2021-02-30", "date")]
    [InlineData("/api/v1/tariff/commodities/01012990?date=31-12-2020", "date")]
    [InlineData("/api/v1/tariff/search?date=2021-01-01", "q")]
    [InlineData("/api/v1/tariff/search?q=%27%20OR%201%3D1%20--", "q")]
    [InlineData("/api/v1/tariff/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q")]
    [InlineData("/api/v1/tariff/search?q=horses%3B%20DROP%20TABLE%20tar_lines", "q")]
    [InlineData("/api/v1/tariff/search?q=horses&date=2021-13-01", "date")]
    [InlineData("/api/v1/tariff/search?q=horses&limit=0", "limit")]
    [InlineData("/api/v1/tariff/classify?description=%00", "description")]
    [InlineData("/api/v1/tariff/classify", "description")]
    public async Task BadInput_Gives400NamingTheField(string url, string field)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
    }

    [Fact]
    public async Task AQueryOver200Characters_Gives400()
    {
        foreach (var url in new[] { "/api/v1/tariff/search?q=" + new string('a', 201), "/api/v1/tariff/classify?description=" + new string('a', 201) })
        {
            var response = await factory.CreateClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("TEXT-LENGTH", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static JsonElement ThirdCountryDuty(JsonElement commodity) =>
        commodity.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("type").GetString() == "103");
}
