using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AdministrationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_creates_a_user_who_then_signs_in()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.SignInAsync("admin", "admin-demo");
        await Expect(page.Locator("main")).ToContainTextAsync("Welcome, admin.");

        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users");
        await Expect(page.Locator("#users")).ToContainTextAsync("trader");
        await Expect(page.Locator("#users")).ToContainTextAsync("GB553202734852");

        await page.GetByRole(AriaRole.Link, new() { Name = "Create a user" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users/new");

        // Nothing filled in, and a trader without a party: every message sits next to its field.
        await page.GetByLabel("Trader", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();
        await Expect(page.Locator("#user-error")).ToContainTextAsync("Enter a user name");
        await Expect(page.Locator("#password-error")).ToContainTextAsync("at least 8 characters");
        await Expect(page.Locator("#party-error")).ToContainTextAsync("A trader needs a party");
        await Expect(page.Locator("#user")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator(".error-summary li")).ToHaveCountAsync(3);
        await Expect(page.GetByLabel("Trader", new() { Exact = true })).ToBeCheckedAsync();

        await page.GetByLabel("Trader", new() { Exact = true }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();
        await Expect(page.Locator("#role-error")).ToContainTextAsync("Choose at least one role.");

        await page.GetByLabel("User name").FillAsync("clerk.one");
        await page.GetByLabel("Password").FillAsync("clerk-one-password");
        await page.GetByLabel("Customs officer").CheckAsync();
        await page.GetByLabel("ZZ000002").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();

        await page.WaitForURLAsync("**/admin/users?created=clerk.one");
        await Expect(page.Locator(".notice-success")).ToHaveTextAsync("User clerk.one was created.");
        var row = page.Locator("#users tbody tr", new() { HasText = "clerk.one" });
        await Expect(row).ToContainTextAsync("Customs officer");
        await Expect(row).ToContainTextAsync("ZZ000002");
        await Expect(row).ToContainTextAsync("Active");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(fixture.Host.BaseUrl + "/");
        await session.SignInAsync("clerk.one", "clerk-one-password");
        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "My account" }).ClickAsync();
        await page.WaitForURLAsync("**/account");
        await Expect(page.Locator("#account")).ToContainTextAsync("clerk.one");
        await Expect(page.Locator("#account")).ToContainTextAsync("Customs officer");
        await Expect(page.Locator("#account")).ToContainTextAsync("ZZ000002");
        await Expect(page.Locator("#account")).ToContainTextAsync("None (not a trader)");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Admin_sees_the_office_and_party_registers()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.SignInAsync("admin", "admin-demo");

        await page.GotoAsync("/admin/offices");
        await Expect(page.Locator("#offices tbody tr")).ToHaveCountAsync(3);
        await Expect(page.Locator("#offices")).ToContainTextAsync("Demonstration");

        await page.GotoAsync("/admin/parties");
        await Expect(page.Locator("#parties")).ToContainTextAsync("GB553202734852");
        await Expect(page.Locator("#parties")).ToContainTextAsync("Demonstration importer");
        session.AssertNoProblems();
    }

    [Fact]
    public async Task Auditor_verifies_the_audit_trail()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.SignInAsync("auditor", "auditor-demo");

        await page.Locator(".site-nav").GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await page.WaitForURLAsync("**/audit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify the audit trail" }).ClickAsync();

        await Expect(page.Locator("#audit-result")).ToContainTextAsync("Intact");
        await Expect(page.Locator("#audit-result")).ToContainTextAsync("modules is intact");
        session.AssertNoProblems();
    }
}
