using System.Net;
using System.Text.RegularExpressions;
using static Tamga.Host.Tests.Revenue.RevenueSteps;

namespace Tamga.Host.Tests.Revenue;

/// <summary>The trader's account screen: paying a debt with the page's form releases the declaration.</summary>
public sealed partial class AccountPageTests(RevenueFactory factory) : IClassFixture<RevenueFactory>
{
    [Fact]
    public async Task TheTrader_PaysADebtFromTheAccountPage_AndTheDeclarationIsReleased()
    {
        using var trader = await factory.ClientForAsync("trader");
        var id = await LodgeAsync(trader, "PAGE-0001");
        var debtId = (await DebtOfAsync(trader, id)).GetProperty("id").GetGuid();

        // A browser-like client: it keeps the anti-forgery cookie and shows the redirect after the post.
        using var browser = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = trader.DefaultRequestHeaders.Authorization;
        var page = await browser.GetStringAsync("/revenue/account");
        Assert.Contains($"value=\"{debtId}\"", page, StringComparison.Ordinal);
        var token = Hidden().Match(page) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token on the page.");
        var key = KeyField().Match(page).Groups[1].Value;
        Assert.NotEmpty(key);

        var form = new Dictionary<string, string>
        {
            ["_handler"] = "pay",
            ["__RequestVerificationToken"] = token,
            ["key"] = key,
            ["scenario"] = "approve",
            ["debt"] = debtId.ToString(),
        };
        var posted = await browser.PostAsync("/revenue/account", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.PathAndQuery;
        Assert.StartsWith("/revenue/account?paid=", location, StringComparison.Ordinal);
        Assert.Contains("id=\"done\"", await browser.GetStringAsync(location), StringComparison.Ordinal);

        // The same form sent twice (a double click) is the same payment.
        var again = await browser.PostAsync("/revenue/account", new FormUrlEncodedContent(form));
        Assert.Equal(location, again.Headers.Location?.PathAndQuery);

        await WaitForDeclarationAsync(trader, id, "Released");
        var account = await Declarations.SimpleImport.GetAsync(trader, "/api/v1/revenue/my/account");
        Assert.Single(account.GetProperty("payments").EnumerateArray(), p => p.GetProperty("debtId").GetGuid() == debtId);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Hidden();

    [GeneratedRegex("name=\"key\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex KeyField();
}
