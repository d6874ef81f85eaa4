using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

/// <summary>
/// The work queue by skill: an administrator gives a new officer of the airport office one skill, the officer filters
/// the queue by skill and by their own skills, and takes the next control their skills cover.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WorkQueueSkillTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Officer_filters_the_queue_by_skill_and_takes_the_next_control_for_their_skills()
    {
        await using var admin = await fixture.OpenAsync();
        await admin.SignInAsync("admin", "admin-demo");
        var page = admin.Page;
        await page.GotoAsync("/admin/users/new");
        await page.GetByLabel("User name").FillAsync("airport.examiner");
        await page.GetByLabel("Password").FillAsync("examiner-password");
        await page.GetByLabel("Customs officer").CheckAsync();
        await page.GetByLabel("ZZ000003").CheckAsync();
        await page.GetByLabel("Physical examination").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users?created=airport.examiner");
        await Expect(page.Locator("#users tbody tr", new() { HasText = "airport.examiner" })).ToContainTextAsync("Physical examination");

        // At the airport office: a physical examination (HS chapter 93) and a documentary check (an item of 1,500,000).
        await using var trader = await fixture.OpenAsync();
        await trader.SignInAsync("trader", "trader-demo");
        await DeclarationTests.LodgeByFormAsync(trader.Page, "UI-SKILL-DOC", "4901990000", "US", "Printed books", office: "ZZ000003", value: 1_500_000m);
        await Expect(trader.Page.Locator("#channel")).ToContainTextAsync("Yellow channel");
        await DeclarationTests.LodgeByFormAsync(trader.Page, "UI-SKILL-RED", "9303201000", "US", "Sporting shotguns", office: "ZZ000003");
        await Expect(trader.Page.Locator("#channel")).ToContainTextAsync("Red channel");

        await using var officer = await fixture.OpenAsync();
        await officer.SignInAsync("airport.examiner", "examiner-password");
        var desk = officer.Page;
        await desk.GotoAsync("/control");
        await Expect(desk.Locator("#my-skills")).ToContainTextAsync("Physical examination");
        var red = desk.Locator("#queue tbody tr", new() { HasText = "UI-SKILL-RED" });
        var documentary = desk.Locator("#queue tbody tr", new() { HasText = "UI-SKILL-DOC" });
        await Expect(red.Locator(".skills")).ToHaveTextAsync("Physical examination");
        await Expect(documentary.Locator(".skills")).ToHaveTextAsync("Documentary check");

        // By the skill required.
        await desk.Locator("#skill").SelectOptionAsync("documentary");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await desk.WaitForURLAsync("**/control?skill=documentary**");
        await Expect(documentary).ToHaveCountAsync(1);
        await Expect(red).ToHaveCountAsync(0);

        // For the officer's own skills: the documentary check is not for them.
        await desk.Locator("#skill").SelectOptionAsync("");
        await desk.GetByLabel("For my skills").CheckAsync();
        await desk.GetByRole(AriaRole.Button, new() { Name = "Show", Exact = true }).ClickAsync();
        await desk.WaitForURLAsync("**matching=true**");
        await Expect(red).ToHaveCountAsync(1);
        await Expect(documentary).ToHaveCountAsync(0);
        await Expect(desk.GetByLabel("For my skills")).ToBeCheckedAsync();

        // Take next: the physical examination, assigned and opened.
        await desk.GetByRole(AriaRole.Button, new() { Name = "Take next" }).ClickAsync();
        await desk.WaitForURLAsync(ControlUrl());
        await Expect(desk.Locator("#done")).ToContainTextAsync("assigned to you");
        await Expect(desk.Locator("#assigned-officer")).ToHaveTextAsync("airport.examiner");
        await Expect(desk.Locator("#required-skills")).ToContainTextAsync("Physical examination");
        await Expect(desk.Locator("#summary")).ToContainTextAsync("ZZ000003");

        // Nothing else waits for a physical examination at the airport.
        await desk.GotoAsync("/control");
        await desk.GetByRole(AriaRole.Button, new() { Name = "Take next" }).ClickAsync();
        await Expect(desk.Locator("#nothing-waiting")).ToHaveTextAsync("No control is waiting for your skills.");
        await Expect(desk.Locator("#queue tbody tr", new() { HasText = "UI-SKILL-RED" })).ToContainTextAsync("airport.examiner");
        await Expect(desk.Locator("#queue tbody tr", new() { HasText = "UI-SKILL-DOC" })).ToContainTextAsync("Not assigned");
        officer.AssertNoProblems();
        admin.AssertNoProblems();
    }

    [GeneratedRegex(@"/control/[0-9a-f-]{36}\?done=taken$")]
    private static partial Regex ControlUrl();
}
