using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class MeasureMaintenanceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_publishes_a_rate_change_ahead_of_its_day_and_the_commodity_page_shows_it_as_upcoming()
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(45).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var officer = await fixture.OpenAsync();
        var page = officer.Page;
        await officer.SignInAsync("officer", "officer-demo");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tariff measures" }).First.ClickAsync();
        await page.WaitForURLAsync("**/tariff/measures");

        // An expression the parser cannot read is refused next to its field.
        await page.GetByLabel("National line (8 or 10 digits)").FillAsync("01012910");
        await page.GetByLabel("Duty expression").FillAsync("three percent");
        await page.GetByLabel("Applies from").FillAsync(start);
        await page.GetByLabel("Legal base").FillAsync("The Customs Tariff (Establishment) (EU Exit) Regulations 2020, as amended");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the measure" }).ClickAsync();
        await Expect(page.Locator("#expression-error")).ToContainTextAsync("cannot be read");

        await page.GetByLabel("Duty expression").FillAsync("3.0%");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the measure" }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/measures?done=added");
        await Expect(page.Locator("#done")).ToContainTextAsync("The measure is published.");
        var row = page.Locator("#measures tbody tr", new() { HasText = "01012910" }).First;
        await Expect(row).ToContainTextAsync("Published to start later");
        await Expect(row).ToContainTextAsync(start);

        await page.GotoAsync("/tariff/commodities/01012910");
        await Expect(page.Locator("#upcoming")).ToContainTextAsync("3.0%");
        officer.AssertNoProblems();
    }
}
