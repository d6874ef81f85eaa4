using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Tamga.Browser.Tests;

/// <summary>
/// A browser context with one page that records what must fail a test: console errors, uncaught page errors and
/// responses of 500 or more. Expected 4xx pages (e.g. 403) are declared with <see cref="Expect"/>.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly ConcurrentQueue<(string Url, int Status)> _responses = new();
    private readonly HashSet<int> _expectedStatuses = [];

    private PageSession(BrowserFixture fixture, IBrowserContext context, IPage page)
    {
        Fixture = fixture;
        Context = context;
        Page = page;
    }

    public BrowserFixture Fixture { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public IReadOnlyCollection<(string Url, int Status)> Responses => _responses;

    public static async Task<PageSession> OpenAsync(BrowserFixture fixture, int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Host.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new PageSession(fixture, context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !session.IsExpected(message.Text))
            {
                session._problems.Enqueue($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => session._problems.Enqueue($"page error on {page.Url}: {error}");
        page.Response += (_, response) =>
        {
            session._responses.Enqueue((response.Url, response.Status));
            if (response.Status >= 500)
            {
                session._problems.Enqueue($"{response.Status} for {response.Request.Method} {response.Url}");
            }
        };
        return session;
    }

    /// <summary>Declares that a page answering with <paramref name="status"/> is part of the test (Chromium logs it as a console error).</summary>
    public void Expect(int status) => _expectedStatuses.Add(status);

    public async Task SignInAsync(string user, string password)
    {
        await Page.GotoAsync("/sign-in");
        await Page.Locator("#user").FillAsync(user);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("main form button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
    }

    public async Task ChooseLanguageAsync(string nativeName)
    {
        await Page.Locator(".language-buttons").GetByRole(AriaRole.Button, new() { Name = nativeName, Exact = true }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(Page.Locator($".language[aria-current=true]")).ToHaveTextAsync(nativeName);
    }

    /// <summary>True when the page is wider than the window, i.e. the user would have to scroll sideways.</summary>
    public Task<bool> ScrollsHorizontallyAsync() =>
        Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");

    public void AssertNoProblems()
    {
        var problems = _problems.ToList();
        Assert.True(problems.Count == 0, "Browser problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private bool IsExpected(string consoleText) =>
        _expectedStatuses.Any(s => consoleText.Contains($"status of {s}", StringComparison.Ordinal));
}
