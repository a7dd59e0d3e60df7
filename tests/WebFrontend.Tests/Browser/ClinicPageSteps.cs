using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>What every clinic page test does first: open the page under watch, sign in, create a patient.</summary>
public static class ClinicPageSteps
{
    /// <summary>
    /// Opens the page in a fresh context. Script errors, CSP refusals and missing assets surface as console errors and
    /// land in <paramref name="pageErrors"/>: the page must run clean under the real headers. A refused API call is
    /// logged too, but that one the page shows as a problem on purpose.
    /// </summary>
    /// <param name="permissions">Granted without asking, e.g. microphone.</param>
    /// <param name="initScript">Runs in every document before the page's own scripts, e.g. to observe the page.</param>
    public static async Task<IPage> OpenAsync(IBrowser browser, Uri server, List<string> pageErrors, string[]? permissions = null, string? initScript = null)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = server.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            Permissions = permissions ?? [],
        });
        context.SetDefaultTimeout(10_000);
        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/api/", StringComparison.Ordinal))
            {
                pageErrors.Add($"{message.Text} at {message.Location}");
            }
        };
        page.PageError += (_, error) => pageErrors.Add(error);
        await page.GotoAsync("/");
        return page;
    }

    public static async Task SignInAsync(IPage page, string user)
    {
        await page.GetByLabel("Clinic").SelectOptionAsync(new SelectOptionValue { Label = "Demo Clinic" });
        await page.GetByLabel("User").SelectOptionAsync(new SelectOptionValue { Label = user });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#who")).ToContainTextAsync(user);
    }

    public static async Task CreatePatientAsync(IPage page)
    {
        await page.GetByText("New patient").ClickAsync();
        await page.GetByLabel("Given name").FillAsync("Ödön");
        await page.GetByLabel("Family name").FillAsync("Kovács");
        await page.GetByLabel("Birth date").FillAsync("1958-03-14");
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();
        await Expect(page.Locator("#patient-chosen")).ToContainTextAsync("Kovács, Ödön");
    }

    /// <summary>Phones are 360 px wide: nothing may push the page sideways there. Leaves a full-page screenshot at <paramref name="screenshot"/>.</summary>
    public static async Task AssertFitsPhoneWidthAsync(IPage page, string screenshot)
    {
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(360, 800);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");
        await page.SetViewportSizeAsync(size?.Width ?? 1280, size?.Height ?? 900);
    }

    /// <summary>The temp folder goes with the test; a folder named by MESH_BROWSER_ARTIFACTS keeps the screenshots for a person to look at.</summary>
    public static void KeepScreenshots(string folder)
    {
        var keep = Environment.GetEnvironmentVariable("MESH_BROWSER_ARTIFACTS");
        if (!string.IsNullOrEmpty(keep))
        {
            Directory.CreateDirectory(keep);
            foreach (var screenshot in Directory.GetFiles(folder, "*.png"))
            {
                File.Copy(screenshot, Path.Combine(keep, Path.GetFileName(screenshot)), overwrite: true);
            }
        }
    }
}
