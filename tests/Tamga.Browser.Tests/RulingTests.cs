using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RulingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_BTI_application_becomes_a_published_ruling_whose_signature_verifies()
    {
        string applicationUrl;
        string reference;
        await using (var trader = await fixture.OpenAsync())
        {
            var page = trader.Page;
            await trader.SignInAsync("trader", "trader-demo");
            await page.GetByRole(AriaRole.Link, new() { Name = "My ruling applications" }).First.ClickAsync();
            await page.WaitForURLAsync("**/my-rulings");
            await page.GetByRole(AriaRole.Link, new() { Name = "New application" }).ClickAsync();
            await page.WaitForURLAsync("**/my-rulings/apply");

            // A file that claims to be an image but is not one is refused next to its field; nothing is stored.
            await page.GetByLabel("Description of the goods").FillAsync("Hair clippers with self-contained electric motor, for professional use");
            await page.GetByLabel("Documents and images").SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = "not an image"u8.ToArray() });
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit the application" }).ClickAsync();
            await Expect(page.Locator("#attachments-error")).ToContainTextAsync("Only PDF, PNG and JPEG");

            await page.GetByLabel("Confidential details").FillAsync("Made by Example Clippers Ltd, 14.20 GBP each");
            await page.GetByLabel("Documents and images").SetInputFilesAsync(Path.Combine(Repository.Root, "docs", "screenshots", "control-page.png"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit the application" }).ClickAsync();
            await page.WaitForURLAsync("**/ruling-applications/*?done=submitted");
            await Expect(page.Locator("#done")).ToContainTextAsync("Your application has been submitted.");
            await Expect(page.Locator("#attachments")).ToContainTextAsync("control-page.png");
            applicationUrl = new Uri(page.Url).AbsolutePath;
            reference = (await page.Locator("h1").InnerTextAsync()).Replace("Application ", "", StringComparison.Ordinal).Trim();
            trader.AssertNoProblems();
        }

        await using (var broker = await fixture.OpenAsync())
        {
            await broker.SignInAsync("broker", "broker-demo");
            broker.Expect(404);
            var response = await broker.Page.GotoAsync(applicationUrl);
            Assert.Equal(404, response!.Status);
            broker.AssertNoProblems();
        }

        string rulingUrl;
        await using (var officer = await fixture.OpenAsync())
        {
            var page = officer.Page;
            await officer.SignInAsync("officer", "officer-demo");
            await page.GetByRole(AriaRole.Link, new() { Name = "Ruling applications" }).First.ClickAsync();
            await page.WaitForURLAsync("**/ruling-queue");
            await page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
            await Expect(page.Locator("#application-facts")).ToContainTextAsync("Example Clippers");
            await page.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
            await Expect(page.Locator("#done")).ToContainTextAsync("assigned to you");

            await page.GetByLabel("Commodity code").FillAsync("85102000");
            await page.GetByLabel("Goods as published").FillAsync("Hair clippers with self-contained electric motor, for professional use");
            await page.GetByLabel("Legal justification").FillAsync("General rules 1 and 6: heading 8510 names hair clippers with self-contained electric motor; subheading 8510 20.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Decide and publish" }).ClickAsync();
            await Expect(page.Locator("#done")).ToContainTextAsync("The application is decided.");
            await page.Locator("#ruling-link").ClickAsync();
            await page.WaitForURLAsync("**/rulings/BTI-*");
            rulingUrl = new Uri(page.Url).AbsolutePath;
            officer.AssertNoProblems();
        }

        await using var visitor = await fixture.OpenAsync();
        var ruling = visitor.Page;
        await ruling.GotoAsync("/rulings?q=clippers");
        await ruling.Locator("#rulings tbody a").First.ClickAsync();
        await Expect(ruling.Locator("#signature-status")).ToContainTextAsync("Signature valid");
        await Expect(ruling.Locator("#ruling-facts")).ToContainTextAsync("85102000");
        await Expect(ruling.Locator("main")).Not.ToContainTextAsync("Example Clippers");
        await Expect(ruling.Locator("main")).Not.ToContainTextAsync("GB553202734852");
        Assert.Equal(rulingUrl, new Uri(ruling.Url).AbsolutePath);
        visitor.AssertNoProblems();
    }
}

internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tamga.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Tamga.sln not found above the test output.");
    }
}
