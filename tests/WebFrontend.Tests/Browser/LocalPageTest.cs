using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>
/// The real app in local mode with its data in a folder of its own, and Debian's Chromium, started once for a test
/// class: each test opens the page in a fresh browser context (its own cookies and storage), so the tests share only
/// the costly processes.
/// </summary>
public sealed class LocalPageHost : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private LocalMeshServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LocalMeshServer Server => _server ?? throw new InvalidOperationException("The server starts in InitializeAsync.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _server = new LocalMeshServer(Path.Combine(_folder.Path, "data"));
        (_playwright, _browser) = await Chromium.LaunchAsync();
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

        _folder.Dispose();
    }
}

/// <summary>
/// A test of the clinic page on the class's <see cref="LocalPageHost"/>, with a folder of the test's own for files and
/// screenshots. The page's script errors are collected in <see cref="PageErrors"/>.
/// </summary>
public abstract class LocalPageTest(LocalPageHost host) : IClassFixture<LocalPageHost>, IDisposable
{
    protected TempFolder Folder { get; } = StartTest();

    protected List<string> PageErrors { get; } = [];

    protected LocalMeshServer Server => host.Server;

    protected IBrowser Browser => host.Browser;

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private static TempFolder StartTest()
    {
        SetDefaultExpectTimeout(10_000);
        return new TempFolder();
    }
}
