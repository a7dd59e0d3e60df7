using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Scribe;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>The clinic page in a real browser against the real app: from a typed visit to a signed PDF.</summary>
public sealed class ClinicPageTests(LocalPageHost host) : LocalPageTest(host)
{
    private const string Visit =
        "Doctor: What brings you in today?\n" +
        "Patient: My blood pressure has been high for a month.\n" +
        "Doctor: Your blood pressure is 150/95. I will start lisinopril 10 mg once daily.\n" +
        "Doctor: Let's follow up in two weeks.";

    [Fact]
    public async Task TypedVisit_BecomesReviewedDraftThenSignedPdf()
    {
        var page = await OpenPageAsync();

        await SignInAsync(page, "Dr. Gréta Szűcs");
        await CreatePatientAsync(page);
        var generate = page.GetByRole(AriaRole.Button, new() { Name = "Generate draft" });
        await generate.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("audio: Send the visit's audio, or fallbackTranscript.");
        await page.GetByLabel("Transcript (one line per turn").FillAsync(Visit);
        await generate.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeHiddenAsync();

        var medication = page.Locator("[data-section=medications] .item").First;
        await Expect(medication.GetByLabel("Drug")).ToHaveValueAsync("lisinopril");
        var marks = page.Locator("#transcript-view mark");
        await page.Mouse.MoveAsync(0, 0);
        await Expect(marks).ToHaveCountAsync(0);
        await medication.GetByLabel("Dose").FocusAsync();
        await Expect(marks.First).ToContainTextAsync("lisinopril");
        await Expect(marks).ToHaveTextAsync(await medication.Locator(".heard q").AllTextContentsAsync());
        await Expect(medication).ToHaveClassAsync(new Regex("active"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove vital sign 1" }).ClickAsync();
        await Expect(page.Locator("[data-section=vitals]")).ToContainTextAsync("Nothing found in the transcript.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vitals" })).ToBeFocusedAsync();

        await medication.GetByLabel("Dose").FillAsync("20 mg");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder.Path, "review.png"), FullPage = true });
        await AssertFitsPhoneWidthAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign and finalize" }).ClickAsync();

        await Expect(page.Locator("#signed-text")).ToContainTextAsync("version 1");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open signed PDF" })).ToHaveAttributeAsync("href", new Regex("^blob:"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var text = await PdfText.ExtractAsync(pdf);
        Assert.Contains("lisinopril", text, StringComparison.Ordinal);
        Assert.Contains("20 mg", text, StringComparison.Ordinal);
        Assert.Contains("Dr. Gréta Szűcs", text, StringComparison.Ordinal);
        KeepScreenshot();
        Assert.True(PageErrors.Count == 0, string.Join("\n", PageErrors));
    }

    [Fact]
    public async Task Nurse_DraftsButCannotSign()
    {
        var page = await OpenPageAsync();

        await SignInAsync(page, "Anna Nagy (nurse)");
        await CreatePatientAsync(page);
        await page.GetByLabel("Transcript (one line per turn").FillAsync(Visit);
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate draft" }).ClickAsync();

        await Expect(page.Locator("[data-section=medications] .item")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign and finalize" })).ToBeHiddenAsync();
        await Expect(page.GetByText("Only a doctor can sign a report.")).ToBeVisibleAsync();
        Assert.True(PageErrors.Count == 0, string.Join("\n", PageErrors));
    }

    [Fact]
    public async Task An_administrators_session_opens_the_orleans_dashboard_and_a_doctors_shows_no_link_to_it()
    {
        var page = await OpenPageAsync();
        await SignInAsync(page, "Dr. Gréta Szűcs");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Cluster dashboard" });
        await Expect(link).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await SignInAsync(page, "Péter Varga (administrator)");
        var dashboard = await page.Context.RunAndWaitForPageAsync(() => link.ClickAsync());

        // The dashboard's own page and its polling run on the session cookie alone, and list this process's silo.
        await Expect(dashboard.GetByText("Active").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Assert.EndsWith("/dashboard/", dashboard.Url, StringComparison.Ordinal);
        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "mesh.dashboard");
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/dashboard", cookie.Path);
        Assert.True(PageErrors.Count == 0, string.Join("\n", PageErrors));
    }

    [Fact]
    public async Task DrugAgainstAnImportedAllergy_ShowsTheWordsHeardAndTheAllergyOnRecord()
    {
        // The clinic's EHR sent the patient and a penicillin allergy as FHIR before the visit.
        await ImportAsync(new
        {
            resourceType = "Patient", id = "fhir-fekete", gender = "female", birthDate = "1961-05-02",
            name = new[] { new { family = "Fekete", given = new[] { "Ilona" } } },
        });
        await ImportAsync(new
        {
            resourceType = "AllergyIntolerance", id = "pen-fekete",
            code = new { coding = new[] { new { system = "http://snomed.info/sct", code = "91936005", display = "Allergy to penicillin" } } },
            patient = new { reference = "Patient/fhir-fekete" },
        });
        var page = await OpenPageAsync();
        await SignInAsync(page, "Dr. Gréta Szűcs");
        await page.GetByLabel("Find by name").FillAsync("Fekete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.Locator("#search-results button").First.ClickAsync();
        await Expect(page.Locator("#patient-chosen")).ToContainTextAsync("Fekete, Ilona");

        await page.GetByLabel("Transcript (one line per turn").FillAsync("Doctor: Your throat looks infected. I will start amoxicillin 500 mg three times daily.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Generate draft" }).ClickAsync();

        var conflict = page.Locator("#warning-list .allergy-conflict");
        await Expect(conflict).ToHaveCountAsync(1);
        await Expect(conflict.Locator("q")).ToContainTextAsync("amoxicillin");
        await Expect(conflict).ToContainTextAsync("On record: Allergy to penicillin (AllergyIntolerance/pen-fekete)");
        await Expect(page.Locator("#warnings")).ToBeVisibleAsync();
        Assert.True(PageErrors.Count == 0, string.Join("\n", PageErrors));
    }

    private async Task ImportAsync(object resource)
    {
        using var client = new HttpClient { BaseAddress = Server.BaseAddress };
        var token = await client.PostAsJsonAsync("/api/v1/dev/token", new { tenant = "demo-clinic", userId = "dr-szucs", roles = new[] { "doctor" } });
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/fhir")
        {
            Content = new StringContent(JsonSerializer.Serialize(resource), Encoding.UTF8, "application/fhir+json"),
        };
        request.Headers.Authorization = new("Bearer", bearer);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<IPage> OpenPageAsync() => ClinicPageSteps.OpenAsync(Browser, Server.BaseAddress, PageErrors);

    private static Task SignInAsync(IPage page, string user) => ClinicPageSteps.SignInAsync(page, user);

    private static Task CreatePatientAsync(IPage page) => ClinicPageSteps.CreatePatientAsync(page);

    private Task AssertFitsPhoneWidthAsync(IPage page) => ClinicPageSteps.AssertFitsPhoneWidthAsync(page, Path.Combine(Folder.Path, "phone.png"));

    private void KeepScreenshot() => ClinicPageSteps.KeepScreenshots(Folder.Path);
}
