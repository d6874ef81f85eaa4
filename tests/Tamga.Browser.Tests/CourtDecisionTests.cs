using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CourtDecisionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_records_a_court_decision_that_the_public_finds_and_whose_signature_verifies()
    {
        // Browser tests share one host: a case number of its own.
        var word = "kz" + Guid.NewGuid().ToString("N")[..8];
        var caseNumber = "UT/2026/" + word;
        string decisionUrl;
        await using (var officer = await fixture.OpenAsync())
        {
            var page = officer.Page;
            await officer.SignInAsync("officer", "officer-demo");
            await page.GetByRole(AriaRole.Link, new() { Name = "Court decisions" }).First.ClickAsync();
            await page.WaitForURLAsync("**/court-decisions/record");

            // A judgment dated in the future and an unknown code are refused next to their fields.
            await page.GetByLabel("Court or tribunal").FillAsync("Upper Tribunal (Tax and Chancery Chamber)");
            await page.GetByLabel("Case number").FillAsync(caseNumber);
            await page.GetByLabel("Date of judgment").FillAsync(DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("Commodity codes concerned").FillAsync("99999999");
            await page.GetByLabel("Summary").FillAsync($"Wireless headphones combined with a microphone fall under subheading 8518 30 ({word}).");
            await page.GetByLabel("Operative part").FillAsync("The appeal is dismissed; the goods are classified under subheading 8518 30.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record and publish" }).ClickAsync();
            await Expect(page.Locator("#judgmentDate-error")).ToBeVisibleAsync();
            await Expect(page.Locator("#commodityCodes-error")).ToBeVisibleAsync();

            await page.GetByLabel("Date of judgment").FillAsync("2025-06-30");
            await page.GetByLabel("Commodity codes concerned").FillAsync("85183000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record and publish" }).ClickAsync();
            await page.WaitForURLAsync("**/rulings/court-decisions/CD-*?done=recorded");
            await Expect(page.Locator("#done")).ToContainTextAsync("recorded, published and signed");
            decisionUrl = new Uri(page.Url).AbsolutePath;
            officer.AssertNoProblems();
        }

        await using var visitor = await fixture.OpenAsync();
        var register = visitor.Page;
        await register.GotoAsync("/rulings");
        await register.Locator("#q").FillAsync(word);
        await register.Locator("#kind").SelectOptionAsync("court-decisions");
        await register.Locator("form.search button[type=submit]").ClickAsync();
        await Expect(register.Locator("#rulings tbody tr")).ToHaveCountAsync(1);
        await Expect(register.Locator("#rulings")).ToContainTextAsync("Court decision");
        await register.Locator("#rulings tbody a").First.ClickAsync();
        await Expect(register.Locator("#signature-status")).ToContainTextAsync("Signature valid");
        await Expect(register.Locator("#decision-facts")).ToContainTextAsync(caseNumber);
        await Expect(register.Locator("#decision-facts")).ToContainTextAsync("85183000");
        await Expect(register.Locator("#signed-text")).ToContainTextAsync("document: tamga-court-decision/1", new() { UseInnerText = false });
        Assert.Equal(decisionUrl, new Uri(register.Url).AbsolutePath);
        visitor.AssertNoProblems();
    }
}
