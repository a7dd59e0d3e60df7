using Microsoft.Playwright;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright, headless, with nothing that reaches for the network on its own.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] QuietArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>
    /// Switches for a microphone that plays a WAV file (in a loop) and is allowed without asking, so a page can record
    /// known speech.
    /// </summary>
    public static string[] FakeMicrophone(string wavPath) =>
        ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", $"--use-file-for-fake-audio-capture={wavPath}"];

    /// <summary>Launches the browser; <paramref name="extraArgs"/> add switches, e.g. a fake microphone.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(IEnumerable<string>? extraArgs = null)
    {
        // The system browser is used as is; Playwright must never fetch one of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = [.. QuietArgs, .. extraArgs ?? []],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
