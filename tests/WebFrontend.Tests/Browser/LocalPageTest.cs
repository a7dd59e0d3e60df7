using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>
/// A test of the clinic page: the real app in local mode with its data in a folder of the test's own, and Debian's
/// Chromium driving the page. The page's script errors are collected in <see cref="PageErrors"/>.
/// </summary>
public abstract class LocalPageTest : IAsyncLifetime
{
    private LocalMeshServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected TempFolder Folder { get; } = new();

    protected List<string> PageErrors { get; } = [];

    protected LocalMeshServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _server = new LocalMeshServer(Path.Combine(Folder.Path, "data"));
        (_playwright, _browser) = await Chromium.LaunchAsync();
        SetDefaultExpectTimeout(10_000);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Folder.Dispose();
    }
}
