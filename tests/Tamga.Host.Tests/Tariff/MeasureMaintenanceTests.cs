using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Infrastructure;
using Tamga.Tariff.Contracts;
using Tamga.Tariff.Data;

namespace Tamga.Host.Tests.Tariff;

/// <summary>Officers add, schedule and end measures; look-ups and the compiled measure table follow at once.</summary>
public sealed class MeasureMaintenanceTests(TamgaFactory factory) : IClassFixture<TamgaFactory>
{
    private const string Root = "/api/v1/tariff/measures";

    // Pure-bred breeding horses: 0% third-country duty from 2021 (UK Global Tariff).
    private const string Line = "01012100";

    [Fact]
    public async Task A_change_published_ahead_shows_as_upcoming_applies_from_its_day_and_can_be_ended()
    {
        using var officer = await factory.ClientForAsync("officer");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = today.AddDays(30);
        var added = await SendAsync(officer.PostAsJsonAsync(Root, new
        {
            goodsCode = Line,
            measureType = "103",
            expression = "4.00% + 30.00 GBP/100kg",
            validFrom = Day(start),
            legalBase = "The Customs Tariff (Establishment) (EU Exit) Regulations 2020, as amended",
            replacesCurrent = true,
        }), HttpStatusCode.Created);
        var id = added.GetProperty("id").GetInt64();
        Assert.True(added.GetProperty("scheduled").GetBoolean());

        // Today the UK Global Tariff rate still applies and the change is published to start later.
        var now = await SendAsync(factory.CreateClient().GetAsync($"/api/v1/tariff/commodities/{Line}?date={Day(today)}"), HttpStatusCode.OK);
        Assert.Contains(now.GetProperty("measures").EnumerateArray(), m => m.GetProperty("type").GetString() == "103" && m.GetProperty("expression").GetString() == "0.0%");
        Assert.Contains(now.GetProperty("upcoming").EnumerateArray(), m => m.GetProperty("expression").GetString() == "4.00% + 30.00 GBP/100kg");

        // From its day the new rate applies, and the one it replaces ended the day before.
        var later = await SendAsync(factory.CreateClient().GetAsync($"/api/v1/tariff/commodities/{Line}?date={Day(start)}"), HttpStatusCode.OK);
        var duties = later.GetProperty("measures").EnumerateArray().Where(m => m.GetProperty("type").GetString() == "103").ToList();
        Assert.Equal("4.00% + 30.00 GBP/100kg", Assert.Single(duties).GetProperty("expression").GetString());

        // Revenue's compiled table has it too.
        var table = factory.Services.GetRequiredService<IMeasuresInForce>().Current;
        Assert.True(table.TryFindLine(Line, out var line));
        var compiled = table.MeasuresOfLine(line).ToArray().Where(m => m.MeasureType == "103" && table.InForce(m, start.DayNumber, (start.Month * 100) + start.Day)).ToList();
        Assert.Equal("4.00% + 30.00 GBP/100kg", table.Text(Assert.Single(compiled)).Expression);

        // Ended ten days after it starts.
        var ended = await SendAsync(officer.PostAsJsonAsync($"{Root}/{id}/end", new { validTo = Day(start.AddDays(10)) }), HttpStatusCode.OK);
        Assert.Equal(Day(start.AddDays(10)), ended.GetProperty("validTo").GetString());
        var after = await SendAsync(factory.CreateClient().GetAsync($"/api/v1/tariff/commodities/{Line}?date={Day(start.AddDays(11))}"), HttpStatusCode.OK);
        Assert.DoesNotContain(after.GetProperty("measures").EnumerateArray(), m => m.GetProperty("expression").GetString() == "4.00% + 30.00 GBP/100kg");
        using (var again = await officer.PostAsJsonAsync($"{Root}/{id}/end", new { validTo = Day(start.AddDays(20)) }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TariffDbContext>();
        var actions = await db.AuditRecords.Where(a => a.Stream == "tariff/measure/" + id.ToString(CultureInfo.InvariantCulture)).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync();
        Assert.Equal(["measure.added", "measure.ended"], actions);
        Assert.True(await db.AuditRecords.AnyAsync(a => a.Action == "measure.ended" && a.Stream != "tariff/measure/" + id.ToString(CultureInfo.InvariantCulture)), "the replaced measure's end is audited");
    }

    [Fact]
    public async Task Only_officers_maintain_measures_and_bad_input_names_the_field()
    {
        var body = new { goodsCode = Line, measureType = "103", expression = "2.0%", validFrom = "2030-01-01", legalBase = "Test legal base" };
        using (var anonymous = await factory.CreateClient().PostAsJsonAsync(Root, body))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }

        using var trader = await factory.ClientForAsync("trader");
        using (var forbidden = await trader.PostAsJsonAsync(Root, body))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var supervisor = await factory.ClientForAsync("supervisor");
        var bad = await SendAsync(supervisor.PostAsJsonAsync(Root, new { goodsCode = "99999999", measureType = "999", expression = "two percent", validFrom = "2030-02-30", validTo = "x", legalBase = "" }), HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "goodsCode", "measureType", "expression", "validFrom", "validTo", "legalBase" }, fields);
        using (var missing = await supervisor.PostAsJsonAsync($"{Root}/999999999/end", new { validTo = "2030-01-01" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> SendAsync(Task<HttpResponseMessage> call, HttpStatusCode expected)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode} {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
