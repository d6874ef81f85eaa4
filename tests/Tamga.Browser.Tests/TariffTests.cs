using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class TariffTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_visitor_browses_from_a_section_to_a_tariff_line_and_sees_the_duty_change_on_1_January_2021()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tariff", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/tariff");
        await Expect(page.Locator("#sections tbody tr")).ToHaveCountAsync(21);

        await page.GetByRole(AriaRole.Link, new() { Name = "Section I", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/browse/I");
        await page.Locator("#children").GetByRole(AriaRole.Link, new() { Name = "02", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/browse/02");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Chapter 02");
        await page.Locator("#children").GetByRole(AriaRole.Link, new() { Name = "0201", Exact = true }).ClickAsync();
        await page.Locator("#children").GetByRole(AriaRole.Link, new() { Name = "020110", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/browse/020110");
        await Expect(page.Locator(".trail")).ToContainTextAsync("Heading 0201");
        await page.Locator("#lines").GetByRole(AriaRole.Link, new() { Name = "02011000", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/commodities/02011000");
        await Expect(page.Locator("#commodity-facts")).ToContainTextAsync("020110");

        await page.GetByLabel("Date of the measures").FillAsync("2020-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/commodities/02011000?date=2020-12-31");
        var duty = page.Locator("#measures tr[data-type='103'] .duty");
        await Expect(duty).ToHaveTextAsync("12.80% + 176.80 EUR / 100 kg");
        await Expect(page.Locator("#measures caption")).ToContainTextAsync("31 Dec 2020");

        await page.GetByLabel("Date of the measures").FillAsync("2021-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/commodities/02011000?date=2021-01-01");
        await Expect(duty).ToHaveTextAsync("12.00% + 147.00 GBP/100kg");
        await Expect(page.Locator("#measures tr[data-type='305']")).ToContainTextAsync("Value added tax");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task A_visitor_searches_and_asks_the_assistant_in_French()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/tariff");
        await session.ChooseLanguageAsync("Français");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tarif douanier");

        await page.GetByLabel("Rechercher par mots ou par code").FillAsync("live horses");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.WaitForURLAsync("**/tariff/search?q=live+horses*");
        await Expect(page.Locator("#results caption")).ToContainTextAsync("Entrées correspondant à « live horses »");
        var first = await page.Locator("#results tbody th").First.InnerTextAsync();
        Assert.StartsWith("0101", first, StringComparison.Ordinal);

        await page.GetByLabel("Rechercher par mots ou par code").FillAsync("8471");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.Locator("#results caption")).ToContainTextAsync("Codes commençant par 8471");
        var codes = await page.Locator("#results tbody th").AllInnerTextsAsync();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("8471", c, StringComparison.Ordinal));

        await page.GetByRole(AriaRole.Link, new() { Name = "Aide au classement" }).First.ClickAsync();
        await page.WaitForURLAsync("**/classify");
        await page.GetByLabel("Description des marchandises").FillAsync("frozen boneless beef");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer des codes" }).ClickAsync();
        await page.WaitForURLAsync("**/classify?description=*");
        await Expect(page.Locator("#candidates > li").First).ToContainTextAsync("0202");
        await Expect(page.Locator("#candidates > li").First).ToContainTextAsync("Motif :");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_its_field_in_Russian_and_an_unknown_code_is_not_found()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/tariff/search");
        await session.ChooseLanguageAsync("Русский");
        await page.GotoAsync("/tariff/search?q=%3Cscript%3E&date=2021-02-30");
        await Expect(page.Locator("#q-error")).ToContainTextAsync("Допустимы только буквы");
        await Expect(page.Locator("#date-error")).ToContainTextAsync("ГГГГ-ММ-ДД");
        await Expect(page.Locator("#results")).ToHaveCountAsync(0);

        await page.GotoAsync("/tariff/commodities/02011000?date=2019-06-01");
        await Expect(page.Locator("#not-in-force")).ToContainTextAsync("2019-06-01");

        session.Expect(404);
        var response = await page.GotoAsync("/tariff/commodities/99999999");
        Assert.Equal(404, response!.Status);
        response = await page.GotoAsync("/tariff/browse/12345678");
        Assert.Equal(404, response!.Status);
        session.AssertNoProblems();
    }
}
