using System.Net;
using System.Text.Json;
using Tamga.Host.Tests.Infrastructure;

namespace Tamga.Host.Tests.Revenue;

/// <summary>The public duty calculator against the loaded UK tariff (SQLite, and PostgreSQL with TAMGA_TEST_PROVIDER=PostgreSQL).</summary>
public sealed class DutyCalculatorApiTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/revenue/calculate?" + query);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static JsonElement Tax(JsonElement body, string type) => body.GetProperty("taxes").EnumerateArray().Single(t => t.GetProperty("type").GetString() == type);

    [Fact]
    public async Task AdValoremDutyAndVat_WithoutSignIn_EachWithBaseRateAmountAndReason()
    {
        var (status, body) = await GetAsync("commodity=8510900000&origin=US&value=1000&currency=GBP&date=2024-02-22");
        Assert.Equal(HttpStatusCode.OK, status);
        var duty = Tax(body, "A00");
        Assert.Equal(2.00m, duty.GetProperty("rate").GetDecimal());
        Assert.Equal(1000m, duty.GetProperty("base").GetDecimal());
        Assert.Equal(20.00m, duty.GetProperty("amount").GetDecimal());
        Assert.Contains("103", duty.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("SI 2020/1430", duty.GetProperty("legalBase").GetString(), StringComparison.Ordinal);
        var vat = Tax(body, "B00");
        Assert.Equal(1020m, vat.GetProperty("base").GetDecimal());
        Assert.Equal(204.00m, vat.GetProperty("amount").GetDecimal());
        Assert.Contains("Value Added Tax Act 1994", vat.GetProperty("legalBase").GetString(), StringComparison.Ordinal);
        Assert.Equal(224.00m, body.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task TheRateInForce_FollowsTheDate_AndZeroRatedGoodsBearNoVat()
    {
        // 8510 90 00 shaver parts: CET 2.2% in 2020, UKGT 2% from 2021.
        var (_, before) = await GetAsync("commodity=8510900000&origin=US&value=1000&date=2020-06-01");
        var (_, after) = await GetAsync("commodity=8510900000&origin=US&value=1000&date=2021-01-01");
        Assert.Equal(2.2m, Tax(before, "A00").GetProperty("rate").GetDecimal());
        Assert.Equal(2.0m, Tax(after, "A00").GetProperty("rate").GetDecimal());

        // 0709 93 10 courgettes: food, zero-rated when declared with VATZ.
        var (_, courgettes) = await GetAsync("commodity=0709931000&origin=EG&value=6500&date=2024-06-01&additionalCodes=VATZ");
        Assert.Equal(780.00m, Tax(courgettes, "A00").GetProperty("amount").GetDecimal());
        Assert.Equal(0m, Tax(courgettes, "B00").GetProperty("amount").GetDecimal());
        Assert.Equal(7280m, Tax(courgettes, "B00").GetProperty("base").GetDecimal());
        Assert.Contains("Schedule 8", Tax(courgettes, "B00").GetProperty("legalBase").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompoundDuty_NeedsTheNetMass_AndChargesPerHundredKilograms()
    {
        // 0102 29 10 live cattle: UKGT 10% + 77 GBP/100 kg.
        var (missing, problem) = await GetAsync("commodity=01022910&origin=AR&value=1000&date=2024-06-01");
        Assert.Equal(HttpStatusCode.BadRequest, missing);
        Assert.Equal("netMassKg", problem.GetProperty("errors")[0].GetProperty("field").GetString());

        var (status, body) = await GetAsync("commodity=01022910&origin=AR&value=1000&netMassKg=200&date=2024-06-01");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(254.00m, Tax(body, "A00").GetProperty("amount").GetDecimal()); // 100 + 2 × 77
    }

    [Fact]
    public async Task ForeignCurrency_IsConvertedAtTheRateGiven_AndRefusedWithoutOne()
    {
        var (refused, problem) = await GetAsync("commodity=8510900000&origin=US&value=1000&currency=USD");
        Assert.Equal(HttpStatusCode.BadRequest, refused);
        Assert.Equal("exchangeRate", problem.GetProperty("errors")[0].GetProperty("field").GetString());

        var (status, body) = await GetAsync("commodity=8510900000&origin=US&value=1000&currency=USD&exchangeRate=0.8&date=2024-06-01");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(800m, body.GetProperty("customsValue").GetDecimal());
        Assert.Equal(16.00m, Tax(body, "A00").GetProperty("amount").GetDecimal());
    }

    [Theory]
    [InlineData("origin=US&value=1000", "commodity", "REQUIRED")]
    [InlineData("commodity=85109&origin=US&value=1000", "commodity", "CODE")]
    [InlineData("commodity=8510900000&origin=XX&value=1000", "origin", "COUNTRY")]
    [InlineData("commodity=8510900000&origin=US&value=-5", "value", "NUMBER")]
    [InlineData("commodity=8510900000&origin=US&value=1e9", "value", "NUMBER")]
    [InlineData("commodity=8510900000&origin=US&value=99999999999999999", "value", "RANGE")]
    [InlineData("commodity=8510900000&origin=US&value=10&currency=ZZZ", "currency", "CURRENCY")]
    [InlineData("commodity=8510900000&origin=US&value=10&date=2024-02-30", "date", "DATE")]
    [InlineData("commodity=8510900000&origin=US&value=10&additionalCodes=%3Cscript%3E", "additionalCodes", "ADDITIONAL-CODE")]
    [InlineData("commodity=9207901000&origin=US&value=10&additionalCodes=VATR&date=2024-06-01", "additionalCodes", "ADDITIONAL-CODE-SCOPE")] // guitars: not in VAT Act 1994 Sch. 7A
    public async Task BadInput_Gets400_NamingTheFieldAndRule(string query, string field, string rule)
    {
        var (status, body) = await GetAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field && e.GetProperty("rule").GetString() == rule);
    }

    [Fact]
    public async Task UnknownCommodity_Gets404()
    {
        var (status, body) = await GetAsync("commodity=9999999999&origin=US&value=10");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("commodity", body.GetProperty("errors")[0].GetProperty("field").GetString());
    }
}
