using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DutyCalculatorTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_visitor_calculates_duty_and_vat_with_the_reasons()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Duty calculator" }).First.ClickAsync();
        await page.WaitForURLAsync("**/duty-calculator");

        await page.GetByLabel("Commodity code").FillAsync("8510900000");
        await page.GetByLabel("Country of origin").FillAsync("US");
        await page.GetByLabel("Value of the goods").FillAsync("1000");
        await page.GetByLabel("Date of acceptance").FillAsync("2024-02-22");
        await page.GetByRole(AriaRole.Button, new() { Name = "Calculate" }).ClickAsync();
        await page.WaitForURLAsync("**/duty-calculator?**");

        await Expect(page.Locator("#taxes tbody tr", new() { HasText = "A00" })).ToContainTextAsync("20.00 GBP");
        await Expect(page.Locator("#taxes tbody tr", new() { HasText = "A00" })).ToContainTextAsync("Third country duty");
        await Expect(page.Locator("#taxes tbody tr", new() { HasText = "B00" })).ToContainTextAsync("1,020.00");
        await Expect(page.Locator("#taxes tbody tr", new() { HasText = "B00" })).ToContainTextAsync("204.00 GBP");
        await Expect(page.Locator("#total")).ToContainTextAsync("224.00 GBP");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Bad_input_is_named_next_to_its_field_in_french_and_russian()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/duty-calculator");
        await session.ChooseLanguageAsync("Français");
        await page.GotoAsync("/duty-calculator?commodity=85109&origin=US&value=-5");
        await Expect(page.Locator("h1")).ToContainTextAsync("Calculateur de droits");
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Code de la marchandise : saisissez 8 ou 10 chiffres.");
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Valeur : saisissez un nombre");
        await Expect(page.Locator("#taxes")).ToHaveCountAsync(0);

        await session.ChooseLanguageAsync("Русский");
        await page.GotoAsync("/duty-calculator?commodity=9999999999&origin=US&value=10");
        await Expect(page.Locator("h1")).ToContainTextAsync("Калькулятор пошлин");
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("такого кода нет в действующем тарифе");
        session.AssertNoProblems();
    }
}
