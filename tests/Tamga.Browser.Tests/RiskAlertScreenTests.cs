using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RiskAlertScreenTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Analyst_raises_an_alert_and_makes_it_a_watch_list_entry()
    {
        await using var analyst = await fixture.OpenAsync();
        var page = analyst.Page;
        await analyst.SignInAsync("analyst", "analyst-demo");
        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Alerts" }).ClickAsync();
        await page.WaitForURLAsync("**/risk/alerts");

        // Only a text: the missing subject is explained.
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("Tobacco hidden in tea consignments");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise the alert" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("at least one");

        await page.GetByLabel("Commodity code prefix").FillAsync("0902");
        await page.GetByLabel("Country of origin").FillAsync("lk");
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync("Tobacco hidden in tea consignments");
        await page.GetByLabel("Shareable with partner agencies").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise the alert" }).ClickAsync();
        await Expect(page.Locator("#done")).ToContainTextAsync("Alert raised");
        var row = page.Locator("#alerts tr", new() { HasText = "Tobacco hidden in tea consignments" });
        await Expect(row).ToContainTextAsync("commodity 0902…, origin LK");
        await Expect(row).ToContainTextAsync("yes");

        await row.GetByRole(AriaRole.Button, new() { Name = "Make a watch-list entry" }).ClickAsync();
        await Expect(page.Locator("#done")).ToContainTextAsync("Watch-list entry drafted");
        await Expect(page.Locator("#alerts tr", new() { HasText = "Tobacco hidden in tea consignments" })).ToContainTextAsync("RP-");

        await analyst.ChooseLanguageAsync("Русский");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Оповещения");
        await analyst.ChooseLanguageAsync("Français");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Alertes");
        analyst.AssertNoProblems();
    }
}
