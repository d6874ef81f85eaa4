using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RiskProfileTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Analyst_drafts_a_profile_and_another_supervisor_puts_it_in_force()
    {
        await using (var analyst = await fixture.OpenAsync())
        {
            var page = analyst.Page;
            await analyst.SignInAsync("analyst", "analyst-demo");
            await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Risk profiles" }).ClickAsync();
            await page.WaitForURLAsync("**/risk/profiles");

            // Nothing but a name: the missing reason and criteria are explained next to the fields.
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Footwear from ZZ");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
            await Expect(page.Locator("#reason-error")).ToBeVisibleAsync();
            await Expect(page.Locator(".error-summary")).ToContainTextAsync("at least one criterion");

            await page.GetByLabel("Reason shown to the officer").FillAsync("Intelligence: undervalued footwear");
            await page.GetByLabel("Commodity code prefixes").FillAsync("6403 6404");
            await page.GetByLabel("Countries of origin").FillAsync("vn");
            await page.GetByLabel("Value per kg below (undervaluation)").FillAsync("4.5");
            await page.GetByLabel("Valuation", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
            await Expect(page.Locator("#done")).ToContainTextAsync("Draft saved");
            var row = page.Locator("#profiles tr", new() { HasText = "Footwear from ZZ" });
            await Expect(row).ToContainTextAsync("origin VN");
            await Expect(row).ToContainTextAsync("commodity 6403…, 6404…");
            await Expect(row).ToContainTextAsync("Draft");
            await Expect(row.Locator("td.skills")).ToHaveTextAsync("Valuation");
            await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Approve" })).ToHaveCountAsync(0);
        }

        await using var supervisor = await fixture.OpenAsync();
        var p = supervisor.Page;
        await supervisor.SignInAsync("supervisor", "supervisor-demo");
        await p.GotoAsync("/risk/profiles?status=Draft");
        var draft = p.Locator("#profiles tr", new() { HasText = "Footwear from ZZ" });
        await draft.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(p.Locator("#done")).ToContainTextAsync("in force");
        await Expect(p.Locator("#profiles tr", new() { HasText = "Footwear from ZZ" })).ToContainTextAsync("In force");

        await supervisor.ChooseLanguageAsync("Français");
        await Expect(p.Locator("h1")).ToHaveTextAsync("Profils de risque");
        await Expect(p.Locator("#profiles tr", new() { HasText = "Footwear from ZZ" })).ToContainTextAsync("En vigueur");
        await Expect(p.Locator("#profiles tr", new() { HasText = "Footwear from ZZ" }).Locator("td.skills")).ToHaveTextAsync("Valeur en douane");
        supervisor.AssertNoProblems();
    }
}
