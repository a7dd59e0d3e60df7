using System.Net;
using Mesh.WebFrontend.Tests.Browser;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Scribe;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.FirstRun;

/// <summary>
/// Mesh started the way a person starts it, as a real process: the README's command from the repository root, and the
/// built dll from another folder as deploy/run-cluster.sh starts it. Either way the printed URL is the clinic page, and
/// <c>./data</c> is where the command was given.
/// </summary>
public sealed class FirstRunTests : IAsyncLifetime
{
    private const string Visit =
        "Doctor: What brings you in today?\n" +
        "Patient: My blood pressure has been high for a month.\n" +
        "Doctor: I will start lisinopril 10 mg once daily.";

    private readonly TempFolder _folder = new();
    private readonly List<string> _pageErrors = [];
    private MeshProcess? _mesh;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Task InitializeAsync()
    {
        SetDefaultExpectTimeout(10_000);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_mesh is not null)
        {
            await _mesh.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task ReadmeCommand_FromRepositoryRoot_ServesTheClinicPageFromSignInToSignedPdf()
    {
        var data = Path.Combine(_folder.Path, "data");
        _mesh = await MeshProcess.StartAsync(
            MeshProcess.RepositoryRoot,
            ["run", "--project", "src/WebFrontend", "--no-build", "-c", MeshProcess.Configuration, "--",
             "--Mesh:LocalMode=true", "--urls", "http://127.0.0.1:0", $"--Mesh:DataDirectory={data}"]);
        Assert.Equal($"local mode, data in {data}", _mesh.Mode);

        (_playwright, _browser) = await Chromium.LaunchAsync();
        var page = await ClinicPageSteps.OpenAsync(_browser, _mesh.Address, _pageErrors);
        await ClinicPageSteps.SignInAsync(page, "Dr. Gréta Szűcs");
        await ClinicPageSteps.CreatePatientAsync(page);
        await page.GetByLabel("Transcript (one line per turn").FillAsync(Visit);
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate draft" }).ClickAsync();

        // The draft, each fact with the words it came from.
        var medication = page.Locator("[data-section=medications] .item").First;
        await Expect(medication.GetByLabel("Drug")).ToHaveValueAsync("lisinopril");
        await medication.GetByLabel("Dose").FocusAsync();
        await Expect(page.Locator("#transcript-view mark").First).ToContainTextAsync("lisinopril");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign and finalize" }).ClickAsync();
        await Expect(page.Locator("#signed-text")).ToContainTextAsync("version 1");
        var open = page.GetByRole(AriaRole.Link, new() { Name = "Open signed PDF" });
        // The signed PDF opens in a tab of its own; the same document is the one to download.
        var popup = await page.RunAndWaitForPopupAsync(() => open.ClickAsync());
        Assert.Equal(await open.GetAttributeAsync("href"), popup.Url);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var text = await PdfText.ExtractAsync(pdf);
        Assert.Contains("lisinopril", text, StringComparison.Ordinal);
        Assert.Contains("Dr. Gréta Szűcs", text, StringComparison.Ordinal);
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    [Fact]
    public async Task ClusterScriptStart_DllFromAnotherFolder_ServesThePageAndKeepsDataThere()
    {
        Assert.True(File.Exists(MeshProcess.WebFrontendDll), $"{MeshProcess.WebFrontendDll} is not built.");
        var caller = Path.Combine(_folder.Path, "caller");
        Directory.CreateDirectory(caller);

        // As deploy/run-cluster.sh starts its WebFrontend, without silos: settings from the environment, the dll by its path.
        _mesh = await MeshProcess.StartAsync(
            caller,
            [MeshProcess.WebFrontendDll],
            new Dictionary<string, string> { ["Mesh__LocalMode"] = "true", ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" });

        var data = Path.Combine(caller, "data");
        Assert.Equal($"local mode, data in {data}", _mesh.Mode);
        Assert.True(Directory.Exists(data), _mesh.Output);
        using var client = new HttpClient { BaseAddress = _mesh.Address };
        var index = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script type=\"module\" src=\"js/app.js\"></script>", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var script = await client.GetAsync("/js/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
    }
}
