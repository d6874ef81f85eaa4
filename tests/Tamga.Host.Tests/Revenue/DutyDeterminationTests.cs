using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tamga.Host.Tests.Declarations;
using static Tamga.Host.Tests.Revenue.RevenueSteps;

namespace Tamga.Host.Tests.Revenue;

/// <summary>
/// Duties the calculation cannot determine are never guessed: the goods go to an officer, who determines them;
/// only then is a debt booked, and the goods are released once it is paid.
/// </summary>
public sealed class DutyDeterminationTests(RevenueFactory factory) : IClassFixture<RevenueFactory>
{
    [Fact]
    public async Task UndeterminedDuties_GoToAnOfficer_WhoDeterminesThem_ThenPaymentReleasesTheGoods()
    {
        using var trader = await factory.ClientForAsync("trader");
        using var officer = await factory.ClientForAsync("officer");

        // Day-old chicks: 43.00 GBP per 1,000 items, and the declaration gives no number of items (DE 6/2).
        var (response, body) = await SimpleImport.LodgeAsync(trader, SimpleImport.Json("DETERMINE-0001", commodity: "0105111100", nationalAdditionalCode: null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("UnderControl", body.GetProperty("status").GetString());
        Assert.Equal("Yellow", body.GetProperty("channel").GetString());
        Assert.Contains(body.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("duties to be determined by an officer", StringComparison.Ordinal) && r.GetString()!.Contains("supplementary units", StringComparison.Ordinal));
        var id = Guid.Parse(body.GetProperty("id").GetString()!);

        // Nothing is booked for a partial amount, and the goods cannot be released before the duties are known.
        var account = await SimpleImport.GetAsync(trader, "/api/v1/revenue/my/account");
        Assert.DoesNotContain(account.GetProperty("debts").EnumerateArray(), d => d.GetProperty("declarationId").GetGuid() == id);
        var early = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/control-result", new { findings = "Goods match.", outcome = "release" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("duties are determined", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The officer's control page offers the form, with the calculation's reason.
        var page = await officer.GetStringAsync($"/control/{id}");
        Assert.Contains("id=\"duty-determination\"", page, StringComparison.Ordinal);
        Assert.Contains("supplementary units", page, StringComparison.Ordinal);

        // Bad lines are refused with the field and the rule; a trader may not determine duties.
        var bad = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/duty-determination", new { currency = "gbp", reason = "", lines = new object[] { new { item = 2, taxType = "A0", @base = -1m, rate = 43m, amount = 2.151m } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        foreach (var rule in new[] { "DEC-DUTY-CURRENCY", "DEC-DUTY-REASON", "DEC-DUTY-TYPE", "DEC-DUTY-AMOUNT", "DEC-DUTY-ROUNDING" })
        {
            Assert.Contains(rule, problem, StringComparison.Ordinal);
        }

        var byTrader = await trader.PostAsJsonAsync($"/api/v1/declarations/{id}/duty-determination", new { currency = "GBP", reason = "mine", lines = new object[] { new { item = 1, taxType = "A00", @base = 1m, rate = 0m, amount = 0m } } });
        Assert.Equal(HttpStatusCode.Forbidden, byTrader.StatusCode);
        var noSuchItem = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/duty-determination", new { currency = "GBP", reason = "x", lines = new object[] { new { item = 2, taxType = "A00", @base = 1m, rate = 0m, amount = 0m } } });
        Assert.Equal(HttpStatusCode.BadRequest, noSuchItem.StatusCode);

        // 50 chicks counted at the examination: 43.00 per 1,000 items, and VAT at 20 % on value plus duty.
        var determined = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/duty-determination", new
        {
            currency = "GBP",
            reason = "50 chicks counted; UK Global Tariff 0105 11 11, 43.00 GBP / 1000 items",
            lines = new object[]
            {
                new { item = 1, taxType = "A00", @base = 50m, rate = 43m, amount = 2.15m, unit = "NAR" },
                new { item = 1, taxType = "B00", @base = 1002.15m, rate = 20m, amount = 200.43m },
            },
        });
        Assert.True(determined.StatusCode == HttpStatusCode.OK, await determined.Content.ReadAsStringAsync());
        var again = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/duty-determination", new { currency = "GBP", reason = "twice", lines = new object[] { new { item = 1, taxType = "A00", @base = 1m, rate = 0m, amount = 0m } } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var debt = await DebtOfAsync(trader, id);
        Assert.Equal(202.58m, debt.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()));

        Assert.DoesNotContain("id=\"duty-determination\"", await officer.GetStringAsync($"/control/{id}"), StringComparison.Ordinal);
        var released = await officer.PostAsJsonAsync($"/api/v1/declarations/{id}/control-result", new { findings = "50 chicks, as declared.", outcome = "release" });
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal("AwaitingPayment", await StatusOfDeclarationAsync(trader, id));

        var pay = await PayAsync(trader, debt.GetProperty("id").GetGuid(), "determine-0001");
        Assert.Equal(HttpStatusCode.Accepted, pay.StatusCode);
        await WaitForDeclarationAsync(trader, id, "Released");

        var notifications = await SimpleImport.GetAsync(trader, $"/api/v1/declarations/{id}/notifications");
        Assert.Equal(["DMSACC", "DMSTAX", "DMSCTL", "DMSTAX", "DMSRES", "DMSTAX", "DMSCLE"], notifications.EnumerateArray().Select(n => n.GetProperty("type").GetString()!).ToArray());
        using var auditor = await factory.ClientForAsync("auditor");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Tamga.Declarations.Data.DeclarationsDbContext>();
            var record = await db.AuditRecords.AsNoTracking().SingleAsync(r => r.Stream == $"declaration/{id}" && r.Action == "declaration.duties-determined");
            Assert.Equal("user:officer", record.Actor);
        }

        Assert.True((await SimpleImport.GetAsync(auditor, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());
    }
}
