using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.TestSupport.Claims;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Claims;

public sealed class ClaimImportApiTests : ClaimTestBase
{
    [Fact]
    public async Task Import837_AcceptsItsClaims_AnswersThe999_AndGetFindsEachByClm01()
    {
        var result = await PostX12Async("/api/v1/claims/x12", ClaimFiles.Professional);

        Assert.Equal("000000101", result.GetProperty("interchange").GetProperty("controlNumber").GetString());
        Assert.Equal("MESHCLINIC", result.GetProperty("interchange").GetProperty("sender").GetString());
        var claims = result.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["PCN-1001", "PCN-1002", "PCN-1004", "PCN-1003"], claims.Select(c => c.GetProperty("claimId").GetString()));
        Assert.All(claims, c => Assert.Equal("accepted", c.GetProperty("status").GetString()));
        Assert.Contains("ST*999", result.GetProperty("acknowledgement").GetString(), StringComparison.Ordinal);
        Assert.False(result.GetProperty("duplicate").GetBoolean());

        var claim = await GetJsonAsync("/api/v1/claims/PCN-1001", Token("doctor"));
        Assert.Equal(140m, claim.GetProperty("totalCharge").GetDecimal());
        Assert.Equal(["99213", "36415"], claim.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("procedureCode").GetString()));
    }

    [Fact]
    public async Task EachAcceptedClaim_ComesBackWithItsDenialRisk_NamingTheRulesThatFired()
    {
        // This clinic's payers want prior authorization for 99213: PCN-1001 bills it without REF*G1, PCN-1003 bills
        // a well-child visit that needs none.
        var factory = CreateFactory(new Dictionary<string, string?> { ["Mesh:Denials:DefaultPriorAuthorizationCodes:0"] = "99213" });
        var response = await factory.CreateClient().SendAsync(X12Request("/api/v1/claims/x12", ClaimFiles.Professional, BillingToken()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("claimId").GetString()!, c => c.GetProperty("risk"));

        var unauthorized = claims["PCN-1001"];
        var fired = Assert.Single(unauthorized.GetProperty("rules").EnumerateArray());
        Assert.Equal("prior_authorization_missing", fired.GetProperty("rule").GetString());
        Assert.Equal(1, fired.GetProperty("line").GetInt32());
        Assert.Contains("REF*G1", fired.GetProperty("suggestedFix").GetString(), StringComparison.Ordinal);
        var clean = claims["PCN-1003"];
        Assert.Empty(clean.GetProperty("rules").EnumerateArray());
        Assert.True(unauthorized.GetProperty("probability").GetDouble() > clean.GetProperty("probability").GetDouble());
    }

    [Fact]
    public async Task SameInterchangeAgain_CreatesNothingAndSaysSo()
    {
        await PostX12Async("/api/v1/claims/x12", ClaimFiles.Professional);

        var again = await PostX12Async("/api/v1/claims/x12", ClaimFiles.Professional);

        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.Equal(4, again.GetProperty("claims").GetArrayLength());
        var history = (await GetJsonAsync("/api/v1/claims/PCN-1001", BillingToken())).GetProperty("history");
        Assert.Equal(1, history.GetArrayLength());
        Assert.Equal(4, (await GetJsonAsync("/api/v1/claims", BillingToken())).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task RejectedClaim_ComesBackWithItsErrors_AndIsNotStored()
    {
        var wrongTotal = ClaimFiles.Professional.Replace("CLM*PCN-1002*210*", "CLM*PCN-1002*999*", StringComparison.Ordinal);

        var result = await PostX12Async("/api/v1/claims/x12", wrongTotal);

        var rejected = result.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("claimId").GetString() == "PCN-1002");
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        var error = rejected.GetProperty("errors")[0];
        Assert.Equal("CLM", error.GetProperty("segment").GetString());
        Assert.True(error.GetProperty("position").GetInt32() > 1);
        Assert.Equal("total_mismatch", error.GetProperty("code").GetString());
        await (await Client.SendAsync(Get("/api/v1/claims/PCN-1002", BillingToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(Get("/api/v1/claims/PCN-1001", BillingToken()))).StatusCode);
    }

    [Fact]
    public async Task Diagnoses_AreCheckedAgainstTheLoadedCodeSet()
    {
        var categoryOnly = ClaimFiles.Professional.Replace("HI*ABK:E119*ABF:I10~", "HI*ABK:E11*ABF:I10~", StringComparison.Ordinal);

        var result = await PostX12Async("/api/v1/claims/x12", categoryOnly);

        var rejected = result.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("claimId").GetString() == "PCN-1001");
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("icd10_not_billable", rejected.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task InstitutionalAndPipeDelimitedFiles_AreImported_AlsoAsMultipart()
    {
        var institutional = await PostX12Async("/api/v1/claims/x12", ClaimFiles.Institutional);
        Assert.All(institutional.GetProperty("claims").EnumerateArray(), c => Assert.Equal("accepted", c.GetProperty("status").GetString()));

        using var form = new MultipartFormDataContent { { new StringContent(ClaimFiles.PipeDelimited), "file", "claims.x12" } };
        var response = await Client.SendAsync(Post("/api/v1/claims/x12", form, BillingToken()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pipe = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEmpty(pipe.GetProperty("claims").EnumerateArray());
        Assert.All(pipe.GetProperty("claims").EnumerateArray(), c => Assert.Equal("accepted", c.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Import835_MatchesPaymentsToTheClinicsClaims_AndListsTheRestAsUnmatched()
    {
        await PostX12Async("/api/v1/claims/x12", ClaimFiles.Professional);

        var result = await PostX12Async("/api/v1/remittances/x12", ClaimFiles.Remittance);

        var payments = result.GetProperty("payments").EnumerateArray().ToList();
        Assert.Equal(5, payments.Count);
        Assert.Empty(result.GetProperty("unmatched").EnumerateArray());
        var first = payments[0];
        Assert.Equal(("PCN-1001", "ACME-C-1001", "paid"), (first.GetProperty("claimId").GetString(), first.GetProperty("payerClaimId").GetString(), first.GetProperty("status").GetString()));
        Assert.Equal(92m, first.GetProperty("paid").GetDecimal());
        var adjustments = first.GetProperty("lines")[0].GetProperty("adjustments").EnumerateArray().ToList();
        Assert.Contains(adjustments, a => a.GetProperty("group").GetString() == "PR");
        Assert.All(adjustments, a => Assert.False(string.IsNullOrEmpty(a.GetProperty("description").GetString())));
        Assert.Equal("denied", payments[2].GetProperty("status").GetString());
        Assert.Equal("denied", (await GetJsonAsync("/api/v1/claims/PCN-1003", BillingToken())).GetProperty("status").GetString());
        Assert.Equal("paid", (await GetJsonAsync("/api/v1/claims/PCN-1004", BillingToken())).GetProperty("status").GetString());
        Assert.NotEqual(0, (await GetJsonAsync("/api/v1/denials?claimId=PCN-1003", BillingToken())).GetProperty("total").GetInt32());

        var elsewhere = await PostX12Async("/api/v1/remittances/x12", ClaimFiles.Remittance, BillingToken("clinic-b"));
        Assert.Empty(elsewhere.GetProperty("payments").EnumerateArray());
        Assert.Equal(5, elsewhere.GetProperty("unmatched").GetArrayLength());
    }

    [Fact]
    public async Task LargeFile_Is202WithABatch_WhoseProgressTheClinicFollows_AndNoOtherClinicSees()
    {
        var files = SyntheticX12.Generate(1_100, seed: 5);

        var response = await Client.SendAsync(X12Request("/api/v1/claims/x12", files.Claims, BillingToken()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<JsonElement>();
        var batchId = started.GetProperty("batchId").GetString();
        Assert.Equal($"/api/v1/claims/batches/{batchId}", response.Headers.Location?.ToString());
        Assert.Equal(1_100, started.GetProperty("claimCount").GetInt32());
        var clock = Stopwatch.StartNew();
        JsonElement batch;
        do
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The batch did not complete in 30 s.");
            await Task.Delay(100);
            batch = await GetJsonAsync($"/api/v1/claims/batches/{batchId}", Token("doctor"));
        }
        while (batch.GetProperty("status").GetString() != "completed");

        Assert.Equal((1_100, 1_100), (batch.GetProperty("processed").GetInt32(), batch.GetProperty("accepted").GetInt32()));
        Assert.Equal(1_100, (await GetJsonAsync("/api/v1/claims?limit=1", BillingToken())).GetProperty("total").GetInt32());
        await (await Client.SendAsync(Get($"/api/v1/claims/batches/{batchId}", BillingToken("clinic-b")))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Client.SendAsync(Get("/api/v1/claims/batches/a%20b", BillingToken()))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MalformedFiles_Are400ProblemsWithTheReadersIssues()
    {
        foreach (var bad in new[] { "hello", "ISA*00*short~", "<script>alert(1)</script>" })
        {
            var problem = await (await Client.SendAsync(X12Request("/api/v1/claims/x12", bad, BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
            var issue = problem.GetProperty("issues")[0];
            Assert.Equal("ISA", issue.GetProperty("segment").GetString());
            Assert.Equal(1, issue.GetProperty("position").GetInt32());
            await (await Client.SendAsync(X12Request("/api/v1/remittances/x12", bad, BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        }

        await (await Client.SendAsync(X12Request("/api/v1/claims/x12", "", BillingToken()))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var json = Post("/api/v1/claims/x12", JsonContent.Create(new { x12 = "ISA" }), BillingToken());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Client.SendAsync(json)).StatusCode);
    }

    [Fact]
    public async Task OnlyBillingImports_AndOversizedFilesAre413()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(X12Request("/api/v1/claims/x12", ClaimFiles.Professional, Token("doctor")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(X12Request("/api/v1/remittances/x12", ClaimFiles.Remittance, Token("nurse")))).StatusCode);

        var small = CreateFactory(new Dictionary<string, string?> { ["Mesh:Limits:MaxUploadBytes"] = "1000" }).CreateClient();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await small.SendAsync(X12Request("/api/v1/claims/x12", ClaimFiles.Professional, BillingToken()))).StatusCode);
    }

    private async Task<JsonElement> PostX12Async(string url, string x12, string? token = null)
    {
        var response = await Client.SendAsync(X12Request(url, x12, token ?? BillingToken()));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static HttpRequestMessage X12Request(string url, string x12, string token) =>
        Post(url, new StringContent(x12, new MediaTypeHeaderValue("application/edi-x12")), token);
}
