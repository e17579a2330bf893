using FinalAccounts.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FinalAccounts.BrowserTests;

/// <summary>
/// The real application on a Kestrel port of its own, with a migrated and seeded database, and one
/// headless Chromium; shared by the browser tests. A browser cannot reach the in-memory test server.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _portalCreated;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The application's services, e.g. to create staff accounts.</summary>
    public IServiceProvider Services => _portal.Services;

    /// <summary>The portal with its database, for the integration tests' helpers that publish data.</summary>
    public PortalFactory Factory => _portal;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);

        await _portal.InitializeAsync();
        _portalCreated = true;
        _portal.UseKestrel(0);
        _portal.StartServer();
        var addresses = _portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    /// <summary>A fresh browser context (cookies, downloads, viewport) pointed at the portal.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, int height, bool isPhone = false)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = isPhone,
            HasTouch = isPhone,
            Locale = "zh-CN",
            AcceptDownloads = true,
        });
        // Generous: a first page and the PDF download can be slow on a busy CI machine.
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_portalCreated)
        {
            await ((IAsyncLifetime)_portal).DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "Browser";
}
