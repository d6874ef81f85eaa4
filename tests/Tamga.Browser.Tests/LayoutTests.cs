using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_menu_is_collapsed_and_nothing_scrolls_sideways()
    {
        await using var session = await fixture.OpenAsync(390, 844);
        var page = session.Page;
        await page.GotoAsync("/");

        var menu = page.Locator("details.site-nav");
        var codeLists = menu.GetByRole(AriaRole.Link, new() { Name = "Code lists" });
        await Expect(menu.Locator("summary")).ToBeVisibleAsync();
        await Expect(menu).Not.ToHaveAttributeAsync("open", "");
        await Expect(codeLists).ToBeHiddenAsync();
        Assert.False(await session.ScrollsHorizontallyAsync(), "The home page scrolls sideways on a phone.");

        await menu.Locator("summary").ClickAsync();
        await Expect(codeLists).ToBeVisibleAsync();
        await codeLists.ClickAsync();
        await page.WaitForURLAsync("**/code-lists");
        Assert.False(await session.ScrollsHorizontallyAsync(), "The code lists page scrolls sideways on a phone.");

        await page.GotoAsync("/code-lists/hs2022");
        Assert.False(await session.ScrollsHorizontallyAsync(), "A long code list scrolls sideways on a phone.");

        await session.SignInAsync("admin", "admin-demo");
        foreach (var path in new[] { "/admin/users", "/admin/users/new", "/admin/offices", "/account" })
        {
            await page.GotoAsync(path);
            Assert.False(await session.ScrollsHorizontallyAsync(), $"{path} scrolls sideways on a phone.");
        }

        session.AssertNoProblems();
    }

    [Fact]
    public async Task On_a_wide_screen_the_menu_is_open_without_a_toggle()
    {
        await using var session = await fixture.OpenAsync(1280, 900);
        var page = session.Page;
        await page.GotoAsync("/");
        await Expect(page.Locator("details.site-nav summary")).ToBeHiddenAsync();
        await Expect(page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Code lists" })).ToBeVisibleAsync();
        await Expect(page.Locator(".site-nav a[aria-current=page]")).ToHaveTextAsync("Home");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Keyboard_users_get_a_skip_link_and_labelled_controls()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/code-lists/country");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();
        await Expect(skip).ToHaveAttributeAsync("href", "/code-lists/country#main");

        // Every input and button has an accessible name.
        var unnamed = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('input:not([type=hidden]), button, select, textarea')]
                .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !(e.textContent || '').trim())
                .map(e => e.outerHTML)
            """);
        Assert.Empty(unnamed);
        session.AssertNoProblems();
    }

    [Fact]
    public async Task The_built_host_serves_its_static_assets_in_production()
    {
        await using var session = await fixture.OpenAsync();
        await session.Page.GotoAsync("/");
        await Expect(session.Page.Locator("h1")).ToBeVisibleAsync();
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(session.Responses, r => r.Url.Contains("/_framework/blazor.web", StringComparison.Ordinal) && r.Status == 200);
        Assert.Contains(session.Responses, r => r.Url.Contains("/css/tamga", StringComparison.Ordinal) && r.Status == 200);
        var background = await session.Page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(11, 79, 108)", background);
        session.AssertNoProblems();
    }
}
