using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Mesh.Grains.Claims;
using Mesh.WebFrontend.Tests.Claims;
using Mesh.WebFrontend.Tests.Infrastructure;
using static Mesh.Grains.Tests.Claims.ClaimSamples;

namespace Mesh.WebFrontend.Tests.Denials;

public sealed class DenialsApiTests : ClaimTestBase
{
    private const string DeniedLab = "C1.1.2.CO-50";

    private async Task<string> DeniedClaimAsync(string claimId = "C1", string tenant = "clinic-a")
    {
        await Grain(claimId, tenant).SubmitAsync(Claim(claimId));
        await Grain(claimId, tenant).ApplyRemittanceAsync(Denial(claimId));
        return $"{claimId}.1.2.CO-50";
    }

    private async Task<JsonElement> DraftAsync(string denialId, object? body = null)
    {
        var response = await Client.SendAsync(PostJson($"/api/v1/denials/{denialId}/appeals", body ?? new { }, BillingToken()));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Risk_NamesTheRulesThatFired_WithFixes_AndAnotherClinicsClaimIs404()
    {
        var day = new DateOnly(2026, 11, 2);
        await Grain("R1").SubmitAsync(Claim("R1") with
        {
            Lines = [new ClaimLine(1, "99213", [], 150m, 1, day, null, [1], null, "R1-1"), new ClaimLine(2, "72148", [], 1450m, 1, day, null, [1], null, "R1-2")],
        });

        var risk = await GetJsonAsync("/api/v1/claims/R1/risk", Token("doctor"));

        Assert.Equal("rules", risk.GetProperty("basis").GetString());
        Assert.Equal("prior_authorization_missing", risk.GetProperty("rules")[0].GetProperty("rule").GetString());
        Assert.True(risk.GetProperty("probability").GetDouble() > 0.8);
        Assert.Contains("REF*G1", risk.GetProperty("suggestedFixes")[0].GetString());
        await (await Client.SendAsync(Get("/api/v1/claims/R1/risk", BillingToken("clinic-b")))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(Get("/api/v1/claims/%3Cscript%3E/risk", BillingToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Training_WithShortHistory_Is422SayingHowManyClaimsAreNeeded_AndIsForBillingOnly()
    {
        await DeniedClaimAsync();

        var problem = await (await Client.SendAsync(Post("/api/v1/denials/model/train", new StringContent(""), BillingToken()))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(200, problem.GetProperty("claimsNeeded").GetInt32());
        Assert.Equal(1, problem.GetProperty("claims").GetInt32());
        Assert.Contains("at least 200 claims", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(Post("/api/v1/denials/model/train", new StringContent(""), Token("doctor")))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(Post("/api/v1/denials/model/train", new StringContent("")))).StatusCode);
    }

    [Fact]
    public async Task Appeal_IsDraftedFromThe835_ApprovedOnce_ThenAChangeIsVersion2()
    {
        await DeniedClaimAsync();

        var draft = await DraftAsync(DeniedLab);
        var appealId = draft.GetProperty("appealId").GetString()!;
        var url = $"/api/v1/denials/{DeniedLab}/appeals/{appealId}";

        Assert.Equal("medicalNecessity", draft.GetProperty("kind").GetString());
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal("remittance", draft.GetProperty("facts").GetProperty("denial").GetProperty("source").GetString());
        Assert.Contains("CO-50", string.Join(" ", draft.GetProperty("letter").GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString())));

        var approved = await (await Client.SendAsync(Post($"{url}/approve", new StringContent(""), BillingToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("approved", "biller-1"), (approved.GetProperty("status").GetString(), approved.GetProperty("approvedBy").GetString()));
        await (await Client.SendAsync(Post($"{url}/approve", new StringContent(""), BillingToken()))).AssertProblemAsync(HttpStatusCode.Conflict);

        var put = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(new { subject = "Second-level appeal", paragraphs = new[] { "We ask again." } }) };
        put.Headers.Authorization = new("Bearer", BillingToken());
        var revised = await (await Client.SendAsync(put)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, "draft"), (revised.GetProperty("version").GetInt32(), revised.GetProperty("status").GetString()));
        var first = await GetJsonAsync($"{url}?version=1", BillingToken());
        Assert.Equal("approved", first.GetProperty("status").GetString());

        await (await Client.SendAsync(Get(url, BillingToken("clinic-b")))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(Get($"/api/v1/denials/C1.1.1.CO-50/appeals/{appealId}", BillingToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Export_StreamsDocxPdfAndZip_AndEachExportIsAudited()
    {
        await DeniedClaimAsync();
        var appealId = (await DraftAsync(DeniedLab)).GetProperty("appealId").GetString()!;
        var url = $"/api/v1/denials/{DeniedLab}/appeals/{appealId}";
        await Client.SendAsync(Post($"{url}/approve", new StringContent(""), BillingToken()));

        var docx = await Client.SendAsync(Post($"{url}/export?format=docx", new StringContent(""), BillingToken()));
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), isEditable: false))
        {
            Assert.Contains("Payer claim number: PCN-D", word.MainDocumentPart!.Document!.Body!.InnerText);
        }

        var pdf = await Client.SendAsync(Post($"{url}/export?format=pdf", new StringContent(""), BillingToken()));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        var zip = await Client.SendAsync(Post($"{url}/export?format=zip", new StringContent(""), BillingToken()));
        using (var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync()))
        {
            Assert.Equal(3, archive.Entries.Count);
        }

        await (await Client.SendAsync(Post($"{url}/export?format=exe", new StringContent(""), BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var rows = (await GetJsonAsync("/api/v1/audit?resourceType=appeal", AdminToken())).GetProperty("items").EnumerateArray()
            .Select(row => row.GetProperty("resourceId").GetString()).ToList();
        Assert.Contains($"{appealId}/v1/export.docx", rows);
        Assert.Contains($"{appealId}/v1/export.pdf", rows);
        Assert.Contains($"{appealId}/v1/export.zip", rows);
        Assert.Contains($"{appealId}/v1", rows);
    }

    [Fact]
    public async Task AppealFromAHandEnteredEob_NamesItsSource()
    {
        await Grain("C4").SubmitAsync(Claim("C4"));

        var draft = await DraftAsync("C4", new
        {
            eob = new
            {
                payerClaimId = "EOB-55", decidedOn = "2026-11-25", billed = 200m, paid = 0m,
                adjustments = new[] { new { group = "CO", reason = "197", amount = 200m, description = "Precertification absent." } },
            },
        });

        Assert.Equal("authorization", draft.GetProperty("kind").GetString());
        Assert.Equal("explanationOfBenefits", draft.GetProperty("facts").GetProperty("denial").GetProperty("source").GetString());
        Assert.Contains("EOB-55", draft.GetProperty("letter").GetProperty("subject").GetString());
    }

    [Fact]
    public async Task PaidClaim_UnknownDenial_BadBody_AndUnconfiguredModel_AreProblems()
    {
        await Grain("C3").SubmitAsync(Claim("C3"));
        await Grain("C3").ApplyRemittanceAsync(Payment("C3", labPaid: 30m) with { Status = RemittanceStatus.Paid, StatusCode = "1" });
        await DeniedClaimAsync();

        var paid = await (await Client.SendAsync(PostJson("/api/v1/denials/C3.1.2.CO-97/appeals", new { }, BillingToken()))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("paid in full", paid.GetProperty("detail").GetString());
        await (await Client.SendAsync(PostJson("/api/v1/denials/C9.1.2.CO-50/appeals", new { }, BillingToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(PostJson($"/api/v1/denials/{DeniedLab}/appeals", new { }, BillingToken("clinic-b")))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(PostJson("/api/v1/denials/C3/appeals", new { eob = new { billed = 200m, paid = 200m } }, BillingToken()))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await Client.SendAsync(PostJson($"/api/v1/denials/{DeniedLab}/appeals", new { eob = new { billed = -1m, paid = 0m } }, BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.SendAsync(PostJson($"/api/v1/denials/{DeniedLab}/appeals", new { reports = new[] { new { reportId = "<x>" } } }, BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await Client.SendAsync(PostJson($"/api/v1/denials/{DeniedLab}/appeals", new { reports = new[] { new { reportId = "R404" } } }, BillingToken()))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var model = await (await Client.SendAsync(PostJson($"/api/v1/denials/{DeniedLab}/appeals", new { useChatModel = true }, BillingToken()))).AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("Mesh:AI:Chat", model.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(PostJson($"/api/v1/denials/{DeniedLab}/appeals", new { }, Token("nurse")))).StatusCode);
    }

    [Fact]
    public async Task RevenueStats_ShowDenialRateByPayerAndTopReasonsByDollars()
    {
        await DeniedClaimAsync("C1");
        await Grain("C2").SubmitAsync(Claim("C2"));
        await Grain("C2").ApplyRemittanceAsync(Payment("C2", labPaid: 30m));
        await Grain("C5").SubmitAsync(Claim("C5", payer: Blue));
        await Grain("C5").ApplyRemittanceAsync(Payment("C5"));
        await DraftAsync(DeniedLab);

        var stats = await GetJsonAsync("/api/v1/revenue/stats?from=2026-10-01&to=2026-12-31", BillingToken());

        Assert.Equal(3, stats.GetProperty("claims").GetInt32());
        var acme = stats.GetProperty("denialRateByPayer").EnumerateArray().Single(rate => rate.GetProperty("payerId").GetString() == "ACME01");
        Assert.Equal((2, 1, 0.5), (acme.GetProperty("adjudicated").GetInt32(), acme.GetProperty("denied").GetInt32(), acme.GetProperty("rate").GetDouble()));
        var top = stats.GetProperty("topDenialReasons")[0];
        Assert.Equal(("50", 200m), (top.GetProperty("reason").GetString(), top.GetProperty("amount").GetDecimal()));
        Assert.True(stats.GetProperty("daysInAccountsReceivable").GetDouble() > 0);
        Assert.Equal(1, stats.GetProperty("appeals").GetProperty("drafts").GetInt32());
        await (await Client.SendAsync(Get("/api/v1/revenue/stats?from=2026-12-31&to=2026-01-01", BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(Get("/api/v1/revenue/stats", Token("doctor")))).StatusCode);
        Assert.Equal(0, (await GetJsonAsync("/api/v1/revenue/stats?from=2026-10-01&to=2026-12-31", BillingToken("clinic-b"))).GetProperty("claims").GetInt32());
    }
}
