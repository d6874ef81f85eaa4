using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

/// <summary>
/// Takes pictures of the main pages. They go to a temporary folder, or to TAMGA_SCREENSHOTS when set; regenerate the
/// documentation's with <c>TAMGA_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/Tamga.Browser.Tests --filter Screenshots</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Screenshots_of_the_main_pages()
    {
        var configured = Environment.GetEnvironmentVariable("TAMGA_SCREENSHOTS");
        var folder = string.IsNullOrEmpty(configured)
            ? Directory.CreateTempSubdirectory("tamga-screenshots-").FullName
            : Directory.CreateDirectory(configured).FullName;
        try
        {
            await ShootMainPagesAsync(folder);
        }
        finally
        {
            if (string.IsNullOrEmpty(configured))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task ShootMainPagesAsync(string folder)
    {

        await using (var session = await fixture.OpenAsync(1280, 800))
        {
            var page = session.Page;
            await page.GotoAsync("/");
            await ShootAsync(page, folder, "home");

            await page.GotoAsync("/sign-in");
            await page.Locator("#user").FillAsync("officer");
            await page.Locator("#password").FillAsync("wrong-password");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Expect(page.Locator("#sign-in-error")).ToBeVisibleAsync();
            await ShootAsync(page, folder, "sign-in-error");

            await session.SignInAsync("admin", "admin-demo");
            await page.GotoAsync("/admin/users");
            await ShootAsync(page, folder, "admin-users");

            await page.GotoAsync("/admin/users/new");
            await page.GetByLabel("Trader", new() { Exact = true }).CheckAsync();
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
            await ShootAsync(page, folder, "admin-create-user-errors", fullPage: true);

            await page.GotoAsync("/audit");
            await page.Locator("main form button[type=submit]").ClickAsync();
            await Expect(page.Locator("#audit-result")).ToBeVisibleAsync();
            await ShootAsync(page, folder, "audit-trail");

            await page.GotoAsync("/account");
            await ShootAsync(page, folder, "my-account");

            await page.GotoAsync("/code-lists/country?q=al");
            await session.ChooseLanguageAsync("Français");
            await ShootAsync(page, folder, "code-list-search-fr");
            session.AssertNoProblems();
        }

        await using (var phone = await fixture.OpenAsync(390, 844))
        {
            var page = phone.Page;
            await page.GotoAsync("/");
            await phone.ChooseLanguageAsync("Русский");
            await ShootAsync(page, folder, "home-phone-ru");
            await page.Locator("details.site-nav summary").ClickAsync();
            await ShootAsync(page, folder, "home-phone-ru-menu");
            phone.AssertNoProblems();
        }

        await using (var trader = await fixture.OpenAsync(1280, 800))
        {
            var page = trader.Page;
            await trader.SignInAsync("trader", "trader-demo");
            await DeclarationTests.LodgeByFormAsync(page, "SHOT-RED-1", "9303200000", "US", "Sporting shotguns");
            await ShootAsync(page, folder, "declaration-trader", fullPage: true);
            trader.AssertNoProblems();
        }

        await using (var officer = await fixture.OpenAsync(1280, 800))
        {
            var page = officer.Page;
            await officer.SignInAsync("officer", "officer-demo");
            await page.GotoAsync("/control");
            await Expect(page.Locator("#queue tbody tr", new() { HasText = "SHOT-RED-1" })).ToBeVisibleAsync();
            await ShootAsync(page, folder, "control-queue");
            await page.Locator("#queue tbody tr", new() { HasText = "SHOT-RED-1" }).GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page.Locator("#control")).ToBeVisibleAsync();
            await ShootAsync(page, folder, "control-page", fullPage: true);
            officer.AssertNoProblems();
        }

        string[] expected = ["home", "sign-in-error", "admin-users", "admin-create-user-errors", "audit-trail", "my-account", "code-list-search-fr", "home-phone-ru", "home-phone-ru-menu", "declaration-trader", "control-queue", "control-page"];
        Assert.All(expected, name => Assert.True(new FileInfo(Path.Combine(folder, name + ".png")).Length > 10_000, name + ".png is missing or empty"));
    }

    private static Task ShootAsync(IPage page, string folder, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
}
