using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Tariff.Contracts;

namespace Tamga.Host.Tests.Tariff;

/// <summary>The port a declaration citing a binding ruling is checked through: number, date, commodity code and holder.</summary>
public sealed class RulingCheckTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Root = "/api/v1/tariff/rulings";

    [Fact]
    public async Task A_cited_ruling_is_valid_only_for_its_holder_its_code_and_its_validity_and_not_once_tampered_with()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");
        var submitted = await SendAsync(trader.PostAsJsonAsync($"{Root}/applications", new { kind = "bti", goodsDescription = "Hair clippers with self-contained electric motor, mains powered" }), HttpStatusCode.Created);
        var id = submitted.GetProperty("id").GetString();
        await SendAsync(officer.PostAsync($"{Root}/applications/{id}/assign", null), HttpStatusCode.OK);
        var decided = await SendAsync(officer.PostAsJsonAsync($"{Root}/applications/{id}/decide", new
        {
            code = "85102000",
            justification = "General rules 1 and 6: heading 8510 names hair clippers with self-contained electric motor; subheading 8510 20.",
            validityYears = 3,
        }), HttpStatusCode.OK);
        var number = decided.GetProperty("rulingNumber").GetString()!;
        var ruling = await SendAsync(factory.CreateClient().GetAsync($"{Root}/{number}"), HttpStatusCode.OK);
        var from = DateOnly.Parse(ruling.GetProperty("validFrom").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(ruling.GetProperty("validTo").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        var check = factory.Services.GetRequiredService<IRulingCheck>();
        var valid = await check.CheckAsync(number, from, "8510200000", "GB553202734852");
        Assert.True(valid.IsValid, valid.Outcome.ToString());
        Assert.Equal("85102000", valid.CommodityCode);
        Assert.Equal(RulingCheckOutcome.Valid, (await check.CheckAsync(number.ToLowerInvariant(), to, "85102000", "GB553202734852")).Outcome);
        Assert.Equal(RulingCheckOutcome.NotValidOnDate, (await check.CheckAsync(number, to.AddDays(1), "85102000", "GB553202734852")).Outcome);
        Assert.Equal(RulingCheckOutcome.NotValidOnDate, (await check.CheckAsync(number, from.AddDays(-1), "85102000", "GB553202734852")).Outcome);
        Assert.Equal(RulingCheckOutcome.OtherCommodity, (await check.CheckAsync(number, from, "85101000", "GB553202734852")).Outcome);
        Assert.Equal(RulingCheckOutcome.OtherCommodity, (await check.CheckAsync(number, from, "8510", "GB553202734852")).Outcome);
        Assert.Equal(RulingCheckOutcome.OtherHolder, (await check.CheckAsync(number, from, "85102000", "GB603202734852")).Outcome);
        Assert.Equal(RulingCheckOutcome.Unknown, (await check.CheckAsync("BTI-1999-99999", from, "85102000", "GB553202734852")).Outcome);
        Assert.Equal(RulingCheckOutcome.Unknown, (await check.CheckAsync(new string('X', 300), from, "85102000", "GB553202734852")).Outcome);

        var table = factory.Database.Table("tariff", "tar_rulings");
        Assert.Equal(1, await factory.Database.ExecuteAsync($"UPDATE {table} SET valid_to = '2099-12-31' WHERE number = '{number}'"));
        Assert.Equal(RulingCheckOutcome.SignatureInvalid, (await check.CheckAsync(number, from, "85102000", "GB553202734852")).Outcome);
    }

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
