using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Browser;
using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.Claims;

/// <summary>The claims view in a real browser against the real app in local mode, as a billing user.</summary>
public sealed class ClaimsPageTests(LocalPageHost host) : LocalPageTest(host)
{
    [Fact]
    public async Task Billing_UploadsClaimsAndRemittance_SeesRejectionsDenialsAndUnderpayments()
    {
        await PutRateCardAsync("60054", "99214,,150.00,2026-01-01,\n");
        var claims = Path.Combine(Folder.Path, "claims.x12");
        await File.WriteAllTextAsync(claims, ClaimFiles.Professional.Replace("CLM*PCN-1001*140*", "CLM*PCN-1001*999*", StringComparison.Ordinal));
        var remittance = Path.Combine(Folder.Path, "remittance.x12");
        await File.WriteAllTextAsync(remittance, ClaimFiles.Remittance);
        var page = await ClinicPageSteps.OpenAsync(Browser, Server.BaseAddress, PageErrors);

        await ClinicPageSteps.SignInAsync(page, "Eva Kovács (billing)");
        await Expect(page.Locator("#patient")).ToBeHiddenAsync();
        await page.GetByLabel("X12 file").SetInputFilesAsync(claims);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        var rejected = page.Locator("#import-table tr.rejected");
        await Expect(rejected).ToHaveCountAsync(1);
        await Expect(rejected).ToContainTextAsync("PCN-1001");
        await Expect(rejected).ToContainTextAsync("total_mismatch");
        await Expect(page.Locator("#import-table tr.accepted")).ToHaveCountAsync(3);
        await Expect(page.Locator("#claims-table tbody tr")).ToHaveCountAsync(3);

        await page.GetByLabel("File", new() { Exact = true }).SelectOptionAsync("835");
        await page.GetByLabel("X12 file").SetInputFilesAsync(remittance);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        await Expect(page.Locator("#payment-table")).ToContainTextAsync("PCN-1003");
        await Expect(page.Locator("#payment-table")).ToContainTextAsync("no such claim");
        await Expect(page.Locator("#denials-table")).ToContainTextAsync("PCN-1003");
        await Expect(page.Locator("#underpaid-table")).ToContainTextAsync("99214");

        // The revenue figures of what was just imported, drawn as charts (the remittance is dated 19 December 2026).
        await page.GetByLabel("From").FillAsync("2026-10-01");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2026-12-31");
        await page.Locator("#revenue-form").GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Denial rate by payer" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Top denial reasons by dollars" })).ToContainTextAsync("CO-50");

        // The team answers from the same records, offline, and its source opens the claim.
        await page.GetByLabel("Question").FillAsync("What is the status of claim PCN-1003 and why was it denied?");
        await page.Locator("#chat-form").GetByRole(AriaRole.Button, new() { Name = "Ask" }).ClickAsync();
        var answer = page.Locator("#chat-log li.assistant").Last;
        await Expect(answer.Locator(".text")).ToContainTextAsync("status denied");
        await Expect(answer.Locator(".text")).ToContainTextAsync("CO-50");
        await answer.Locator(".citations button", new() { HasText = "claim PCN-1003" }).ClickAsync();
        await Expect(page.Locator("#chat-record-body")).ToContainTextAsync("\"claimId\": \"PCN-1003\"");
        await ClinicPageSteps.AssertFitsPhoneWidthAsync(page, Path.Combine(Folder.Path, "claims-phone.png"));
        ClinicPageSteps.KeepScreenshots(Folder.Path);
        Assert.True(PageErrors.Count == 0, string.Join("\n", PageErrors));
    }

    private async Task PutRateCardAsync(string payerId, string csv)
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        var issued = await http.PostAsJsonAsync("/api/v1/dev/token", new { tenant = "demo-clinic", userId = "billing-kovacs", roles = new[] { "billing" }, name = "Eva" });
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/contracts/{payerId}")
        {
            Content = new StringContent(csv, new MediaTypeHeaderValue("text/csv")),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        };
        (await http.SendAsync(put)).EnsureSuccessStatusCode();
    }
}
