using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CodeListTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_visitor_searches_a_code_list_by_description_and_by_code()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Code lists" }).First.ClickAsync();
        await page.WaitForURLAsync("**/code-lists");
        await page.GetByRole(AriaRole.Link, new() { Name = "Countries", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/code-lists/country");

        await page.GetByLabel("Search").FillAsync("france");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/code-lists/country?q=france");
        await Expect(page.Locator("#codes caption")).ToContainTextAsync("Codes matching “france”");
        await Expect(page.Locator("#codes tbody tr", new() { HasText = "FR" }).First).ToContainTextAsync("France");
        await Expect(page.GetByLabel("Search")).ToHaveValueAsync("france");

        await page.GotoAsync("/code-lists/hs2022?q=0101");
        var codes = await page.Locator("#codes tbody th").AllInnerTextsAsync();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.StartsWith("0101", c, StringComparison.Ordinal));

        await page.GotoAsync("/code-lists/country?q=zzzzzz");
        await Expect(page.Locator("main")).ToContainTextAsync("No code matches the search.");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task A_long_list_is_paged()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/code-lists/hs2022");
        await Expect(page.Locator("#codes tbody tr")).ToHaveCountAsync(25);
        await Expect(page.Locator(".pager-status")).ToContainTextAsync("Page 1 of");
        var first = await page.Locator("#codes tbody th").First.InnerTextAsync();

        await page.Locator(".pager").GetByRole(AriaRole.Link, new() { Name = "Next" }).ClickAsync();
        await page.WaitForURLAsync("**/code-lists/hs2022?page=2");
        await Expect(page.Locator(".pager-status")).ToContainTextAsync("Page 2 of");
        Assert.NotEqual(first, await page.Locator("#codes tbody th").First.InnerTextAsync());

        await page.Locator(".pager").GetByRole(AriaRole.Link, new() { Name = "Last" }).ClickAsync();
        await Expect(page.Locator(".pager").GetByRole(AriaRole.Link, new() { Name = "Next" })).ToHaveCountAsync(0);
        session.AssertNoProblems();
    }

    [Fact]
    public async Task An_unknown_list_is_a_not_found_page()
    {
        await using var session = await fixture.OpenAsync();
        session.Expect(404);
        var response = await session.Page.GotoAsync("/code-lists/no-such-list");
        Assert.Equal(404, response!.Status);
        await Expect(session.Page.Locator("h1")).ToHaveTextAsync("Page not found");
        session.AssertNoProblems();
    }
}
