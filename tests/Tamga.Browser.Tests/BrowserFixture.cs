using Microsoft.Playwright;

namespace Tamga.Browser.Tests;

/// <summary>One host and one Chromium for every test of the collection; each test gets its own browser context (cookies).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HostProcess? _host;

    public HostProcess Host => _host ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: install it with 'apt-get update && apt-get install -y chromium'.");
        }

        _host = await HostProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        // Playwright gives every launch a fresh temporary --user-data-dir of its own.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context and page (desktop size unless told), watching for console errors and 5xx responses.</summary>
    public Task<PageSession> OpenAsync(int width = 1280, int height = 900) => PageSession.OpenAsync(this, width, height);
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
