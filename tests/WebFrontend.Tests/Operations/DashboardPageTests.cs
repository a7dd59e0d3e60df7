using Mesh.WebFrontend.Tests.Browser;
using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.Operations;

/// <summary>An administrator signed in on the clinic page opens the Orleans dashboard from it; a doctor sees no way to.</summary>
public sealed class DashboardPageTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly List<string> _pageErrors = [];
    private LocalMeshServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _server = new LocalMeshServer(Path.Combine(_folder.Path, "data"));
        (_playwright, _browser) = await Chromium.LaunchAsync();
        SetDefaultExpectTimeout(15_000);
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

    [Fact]
    public async Task The_signed_in_administrators_session_opens_the_dashboard_showing_the_silo()
    {
        var page = await ClinicPageSteps.OpenAsync(_browser!, _server!.BaseAddress, _pageErrors);
        await ClinicPageSteps.SignInAsync(page, "Dr. Gréta Szűcs");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Cluster dashboard" });
        await Expect(link).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await ClinicPageSteps.SignInAsync(page, "Péter Varga (administrator)");
        var dashboard = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());

        // The dashboard's own page and its polling run on the session cookie alone, and list this process's silo.
        await Expect(dashboard.GetByText("Active").First).ToBeVisibleAsync();
        Assert.EndsWith("/dashboard/", dashboard.Url, StringComparison.Ordinal);
        var cookies = await page.Context.CookiesAsync();
        var cookie = Assert.Single(cookies, c => c.Name == "mesh.dashboard");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/dashboard", cookie.Path);
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }
}
