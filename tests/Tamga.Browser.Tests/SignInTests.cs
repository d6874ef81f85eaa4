using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Wrong_password_shows_the_error_and_stays_on_the_sign_in_page()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/sign-in");

        await page.GetByLabel("User name").FillAsync("officer");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("Wrong user name or password.");
        await Expect(page.Locator("#sign-in-error")).ToHaveAttributeAsync("role", "alert");
        Assert.EndsWith("/sign-in", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByLabel("User name")).ToHaveValueAsync("officer");
        await Expect(page.GetByLabel("Password")).ToHaveValueAsync("");

        // An unknown user gets the very same answer.
        await page.GetByLabel("User name").FillAsync("nobody-here");
        await page.GetByLabel("Password").FillAsync("whatever-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("Wrong user name or password.");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Empty_fields_get_messages_next_to_them()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.Locator("#user-error")).ToContainTextAsync("Enter your user name.");
        await Expect(page.Locator("#password-error")).ToContainTextAsync("Enter your password.");
        await Expect(page.Locator("#user")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#user")).ToHaveAttributeAsync("aria-describedby", "user-error");
        await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        session.AssertNoProblems();
    }

    [Fact]
    public async Task A_protected_page_asks_to_sign_in_and_comes_back_after()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/admin/offices");
        Assert.Contains("/sign-in?ReturnUrl=%2Fadmin%2Foffices", page.Url, StringComparison.Ordinal);

        await page.Locator("#user").FillAsync("admin");
        await page.Locator("#password").FillAsync("admin-demo");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await page.WaitForURLAsync("**/admin/offices");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Customs offices");
        await Expect(page.Locator("#offices")).ToContainTextAsync("ZZ000001");
        session.AssertNoProblems();
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("//example.org/")]
    [InlineData("/\\example.org/")]
    public async Task A_return_url_to_another_site_is_not_followed(string returnUrl)
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/sign-in?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.Locator("#user").FillAsync("auditor");
        await page.Locator("#password").FillAsync("auditor-demo");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await page.WaitForURLAsync(fixture.Host.BaseUrl + "/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Open digital customs");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task A_trader_is_refused_the_administration_pages_and_can_sign_out()
    {
        await using var session = await fixture.OpenAsync();
        session.Expect(403);
        var page = session.Page;
        await session.SignInAsync("trader", "trader-demo");
        await Expect(page.Locator(".site-nav")).Not.ToContainTextAsync("Users");

        var response = await page.GotoAsync("/admin/users");
        Assert.Equal(403, response!.Status);
        Assert.Contains("/forbidden", page.Url, StringComparison.Ordinal);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Access denied");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(fixture.Host.BaseUrl + "/");
        await Expect(page.Locator(".site-tools")).ToContainTextAsync("Sign in");
        var again = await page.GotoAsync("/account");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, again!.Status);
        session.AssertNoProblems();
    }

    [Fact]
    public async Task A_form_posted_without_its_anti_forgery_cookie_gets_a_clear_page()
    {
        await using var session = await fixture.OpenAsync();
        session.Expect(400);
        var page = session.Page;
        await page.GotoAsync("/sign-in");
        await session.Context.ClearCookiesAsync();

        await page.Locator("#user").FillAsync("admin");
        await page.Locator("#password").FillAsync("admin-demo");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.Locator("main form button[type=submit]").ClickAsync(),
            r => r.Url.EndsWith("/sign-in", StringComparison.Ordinal) && r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("The request could not be accepted");
        await Expect(page.Locator(".site-tools")).ToContainTextAsync("Sign in");
        session.AssertNoProblems();
    }
}
