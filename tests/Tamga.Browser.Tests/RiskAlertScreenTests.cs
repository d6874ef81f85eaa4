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

    [Fact]
    public async Task Analyst_registers_an_AEO_and_a_supervisor_sets_an_office_capacity()
    {
        await using (var analyst = await fixture.OpenAsync())
        {
            var page = analyst.Page;
            await analyst.SignInAsync("analyst", "analyst-demo");
            await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "AEO and capacity" }).ClickAsync();
            await page.WaitForURLAsync("**/risk/aeo");
            await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
            await Expect(page.Locator("#identifier-error")).ToBeVisibleAsync();
            await Expect(page.Locator("#validFrom-error")).ToBeVisibleAsync();

            await page.GetByLabel("Holder (EORI/TIN)").FillAsync("gb 654 321 987 000");
            await page.GetByLabel("Type (DE 3/39)").SelectOptionAsync("AEOC");
            await page.GetByLabel("Authorisation number").FillAsync("GBAEOC65432");
            await page.GetByLabel("Valid from").FillAsync("2025-01-01");
            await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
            await Expect(page.Locator("#done")).ToContainTextAsync("AEO authorisation registered");
            await Expect(page.Locator("#aeo tr", new() { HasText = "GB654321987000" })).ToContainTextAsync("In force");
            await Expect(page.Locator("#submit-capacity")).ToHaveCountAsync(0);
            analyst.AssertNoProblems();
        }

        await using var supervisor = await fixture.OpenAsync();
        var p = supervisor.Page;
        await supervisor.SignInAsync("supervisor", "supervisor-demo");
        await p.GotoAsync("/risk/aeo");
        await p.GetByLabel("Office", new() { Exact = true }).FillAsync("zz000003");
        await p.GetByLabel("Physical examinations per day").FillAsync("12");
        await p.GetByLabel("Documentary checks per day").FillAsync("many");
        await p.GetByRole(AriaRole.Button, new() { Name = "Set the capacity" }).ClickAsync();
        await Expect(p.Locator("#documentaryPerDay-error")).ToBeVisibleAsync();
        await p.GetByLabel("Documentary checks per day").FillAsync("40");
        await p.GetByRole(AriaRole.Button, new() { Name = "Set the capacity" }).ClickAsync();
        await Expect(p.Locator("#done")).ToContainTextAsync("Capacity set");
        await Expect(p.Locator("#capacity-table tr", new() { HasText = "ZZ000003" })).ToContainTextAsync("12");
        await supervisor.ChooseLanguageAsync("Français");
        await Expect(p.Locator("h1")).ToHaveTextAsync("OEA et capacité de contrôle");
        supervisor.AssertNoProblems();
    }
}
