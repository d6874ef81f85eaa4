using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tamga.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PublicationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_officer_publishes_an_instruction_the_public_finds_it_and_its_signature_verifies_in_French()
    {
        string number;
        await using (var officer = await fixture.OpenAsync())
        {
            var page = officer.Page;
            await officer.SignInAsync("officer", "officer-demo");
            await page.GetByRole(AriaRole.Link, new() { Name = "Manage publications" }).First.ClickAsync();
            await page.WaitForURLAsync("**/publications/manage");

            // A draft without a title and with its dates the wrong way round is refused next to the fields.
            await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Border instruction" });
            await page.GetByLabel("Agency").FillAsync("Border Force");
            await page.GetByLabel("In force from").FillAsync("2099-12-01");
            await page.GetByLabel("In force until (optional)").FillAsync("2099-11-30");
            await page.GetByLabel("Text", new() { Exact = true }).FillAsync("Drivers of empty refrigerated trailers declare the trailer at the inland border facility before boarding.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
            await Expect(page.Locator("#title-error")).ToContainTextAsync("This is required.");
            await Expect(page.Locator("#effectiveTo-error")).ToContainTextAsync("The end is on or after the start.");

            await page.GetByLabel("Title").FillAsync("Empty refrigerated trailers at inland border facilities");
            await page.GetByLabel("In force until (optional)").FillAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the draft" }).ClickAsync();
            await page.WaitForURLAsync("**/publications/manage?done=drafted*");
            number = (await page.Locator("#done-link").InnerTextAsync()).Trim();
            Assert.StartsWith("BIN-", number, StringComparison.Ordinal);

            await page.GetByRole(AriaRole.Button, new() { Name = $"Publish and sign {number}" }).ClickAsync();
            await page.WaitForURLAsync("**/publications/manage?done=published*");
            await Expect(page.Locator("#done")).ToContainTextAsync("Published and signed");
            officer.AssertNoProblems();
        }

        await using var visitor = await fixture.OpenAsync();
        var reader = visitor.Page;
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Publications", Exact = true }).First.ClickAsync();
        await reader.WaitForURLAsync("**/publications");
        await Expect(reader.Locator("#publications")).ToContainTextAsync("REG-2020-0001"); // seeded from its public source

        await reader.GetByLabel("Words or number").FillAsync("refrigerated trailers");
        await reader.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = "Border instruction" });
        await reader.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await reader.WaitForURLAsync("**/publications?q=refrigerated*");
        await reader.Locator("#publications tbody a", new() { HasText = number }).ClickAsync();
        await Expect(reader.Locator("h1")).ToHaveTextAsync("Empty refrigerated trailers at inland border facilities");
        await Expect(reader.Locator("#version-status")).ToContainTextAsync("Not in force today");

        await visitor.ChooseLanguageAsync("Français");
        await Expect(reader.Locator("#publication-facts")).ToContainTextAsync("Numéro");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Vérifier la signature" }).ClickAsync();
        await Expect(reader.Locator("#verification-result")).ToContainTextAsync("Signature valide");
        await Expect(reader.Locator("#signed-text")).ToContainTextAsync("document: tamga-publication/1");
        await Expect(reader.Locator("#signed-text")).ToContainTextAsync($"number: {number}");
        visitor.AssertNoProblems();
    }
}
