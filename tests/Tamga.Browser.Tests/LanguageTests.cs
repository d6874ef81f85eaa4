using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task French_then_Russian_translate_the_screens_and_are_remembered()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Open digital customs");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await session.ChooseLanguageAsync("Français");
        await Expect(page.Locator("h1")).ToHaveTextAsync("La douane numérique ouverte");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator(".site-nav")).ToContainTextAsync("Accueil");
        await Expect(page.Locator(".site-tools")).ToContainTextAsync("Se connecter");
        await Expect(page.Locator(".skip-link")).ToHaveTextAsync("Aller au contenu");

        // A second page, reached by the menu: still French, numbers in French format (narrow no-break space).
        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Listes de codes" }).ClickAsync();
        await page.WaitForURLAsync("**/code-lists");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Listes de codes");
        var hs = page.Locator("#code-lists tbody tr", new() { HasText = "hs2022-section" });
        await Expect(page.Locator("#code-lists")).ToContainTextAsync("Nomenclature du SH 2022");
        await Expect(page.Locator("#code-lists tbody tr", new() { HasText = "Nomenclature du SH 2022" }).Locator("td.number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{1,3}\u202F\d{3}$"));
        await Expect(hs).ToContainTextAsync("21");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pays", Exact = true }).ClickAsync();
        await page.GetByLabel("Rechercher").FillAsync("Allemagne");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await Expect(page.Locator("#codes tbody tr", new() { HasText = "DE" }).First).ToContainTextAsync("Allemagne");

        // Remembered: a page opened afresh comes in French.
        await page.GotoAsync("/sign-in");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");
        await Expect(page.GetByLabel("Nom d’utilisateur")).ToBeVisibleAsync();
        await page.GoBackAsync();

        await session.ChooseLanguageAsync("Русский");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Страны");
        await Expect(page.Locator("main")).ToContainTextAsync("Нет кодов, соответствующих запросу.");
        await page.GetByLabel("Поиск").FillAsync("Герм");
        await page.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        await Expect(page.Locator("#codes tbody tr", new() { HasText = "DE" }).First).ToContainTextAsync("Германия");

        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Главная" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Открытая цифровая таможня");
        await Expect(page.Locator(".site-tools")).ToContainTextAsync("Войти");

        await session.ChooseLanguageAsync("English");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Open digital customs");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Signed_in_pages_format_dates_in_the_chosen_language()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.SignInAsync("admin", "admin-demo");
        await page.GotoAsync("/admin/users");
        await session.ChooseLanguageAsync("Français");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Utilisateurs");
        await Expect(page.Locator("#users thead")).ToContainTextAsync("Nom d’utilisateur");
        await Expect(page.Locator("#users tbody tr", new() { HasText = "auditor" })).ToContainTextAsync("Auditeur");
        var created = await page.Locator("#users tbody tr", new() { HasText = "auditor" }).Locator("td").Nth(4).InnerTextAsync();
        var french = DateTimeOffset.UtcNow.ToString("MMM", System.Globalization.CultureInfo.GetCultureInfo("fr"));
        Assert.Contains(french, created, StringComparison.Ordinal);

        await session.ChooseLanguageAsync("Русский");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Пользователи");
        await Expect(page.Locator("#users tbody tr", new() { HasText = "auditor" })).ToContainTextAsync("Аудитор");
        session.AssertNoProblems();
    }
}
