using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Claims;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>FHIR Claims and ExplanationOfBenefits reach the clinic's claims: listed, scored, paid and denied as 837s and 835s are.</summary>
public sealed class FhirClaimsTests(FhirHost host) : FhirBillingTestBase(host)
{
    private const string LunaCheckUp = "cc612cca-548a-4160-9c53-d7e142fe0d1d";

    private static int ClaimsIn(string bundle) =>
        JsonDocument.Parse(bundle).RootElement.GetProperty("entry").EnumerateArray().Count(e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "Claim");

    [Fact]
    public async Task SyntheaBundles_ListTheirClaimsWithTotalsAndPatient()
    {
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(FhirTestData.Luna)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(FhirTestData.Johnnie)).StatusCode);

        var all = await GetJsonAsync("/api/v1/claims?limit=500");
        Assert.Equal(ClaimsIn(FhirTestData.Luna) + ClaimsIn(FhirTestData.Johnnie), all.GetProperty("total").GetInt32());
        var luna = await GetJsonAsync($"/api/v1/claims?patientId={FhirTestData.LunaId}&limit=500");
        Assert.Equal(ClaimsIn(FhirTestData.Luna), luna.GetProperty("total").GetInt32());
        var checkUp = luna.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("claimId").GetString() == LunaCheckUp);
        Assert.StartsWith("Luna60", checkUp.GetProperty("patientName").GetString(), StringComparison.Ordinal);
        Assert.Equal(687.08m, checkUp.GetProperty("balance").GetProperty("billed").GetDecimal());

        var claim = await GetJsonAsync($"/api/v1/claims/{LunaCheckUp}");
        Assert.Equal("institutional", claim.GetProperty("kind").GetString());
        Assert.Equal("private", claim.GetProperty("payer").GetProperty("id").GetString());
        Assert.Equal(FhirTestData.LunaId, claim.GetProperty("patientId").GetString());
        Assert.Equal(5, claim.GetProperty("lines").GetArrayLength());
        Assert.Equal(140.52m, claim.GetProperty("lines")[1].GetProperty("charge").GetDecimal());
        Assert.Equal("2009-07-16", claim.GetProperty("serviceFrom").GetString());
        Assert.Equal("FHIR", claim.GetProperty("submission").GetProperty("sender").GetString());
        var risk = await GetJsonAsync($"/api/v1/claims/{LunaCheckUp}/risk");
        Assert.InRange(risk.GetProperty("probability").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task SyntheaEob_PaysItsClaim_AndReplayDoesNotPayTwice()
    {
        await ImportAsync(FhirTestData.Luna);
        var paid = await GetJsonAsync($"/api/v1/claims/{LunaCheckUp}");

        var replay = await ImportAsync(FhirTestData.Luna);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        Assert.Equal(449.66m, paid.GetProperty("balance").GetProperty("paid").GetDecimal());
        Assert.Equal(112.40m, paid.GetProperty("balance").GetProperty("patientResponsibility").GetDecimal());
        var after = await GetJsonAsync($"/api/v1/claims/{LunaCheckUp}");
        Assert.Equal(1, after.GetProperty("remittances").GetArrayLength());
        Assert.Equal(449.66m, after.GetProperty("balance").GetProperty("paid").GetDecimal());
        Assert.Equal(paid.GetProperty("history").GetArrayLength(), after.GetProperty("history").GetArrayLength());
        Assert.Equal(ClaimsIn(FhirTestData.Luna), (await GetJsonAsync("/api/v1/claims?limit=500")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DeniedEob_DeniesTheClaim_AndListsTheDenialWithItsReason()
    {
        var response = await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), FhirClaimSamples.Condition(),
            FhirClaimSamples.Claim("office-1"), FhirClaimSamples.DeniedEob("eob-1", "office-1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claim = await GetJsonAsync("/api/v1/claims/office-1");
        Assert.Equal("denied", claim.GetProperty("status").GetString());
        Assert.Equal("E119", claim.GetProperty("diagnoses")[0].GetProperty("code").GetString());
        Assert.Equal("professional", claim.GetProperty("kind").GetString());
        var denials = await GetJsonAsync("/api/v1/denials?claimId=office-1");
        var denial = Assert.Single(denials.GetProperty("items").EnumerateArray());
        Assert.Equal("CO", denial.GetProperty("group").GetString());
        Assert.Equal("50", denial.GetProperty("reason").GetString());
        Assert.Equal(150m, denial.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task DeniedEobsRemarkCodes_ComeWithTheDenial_AndAreNeverTakenForReasons()
    {
        var response = await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), FhirClaimSamples.Condition(),
            FhirClaimSamples.Claim("office-40"), FhirClaimSamples.DeniedEobWithRemarks("eob-40", "office-40")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var denials = await GetJsonAsync("/api/v1/denials?claimId=office-40");
        var denial = Assert.Single(denials.GetProperty("items").EnumerateArray());
        Assert.Equal("50", denial.GetProperty("reason").GetString());
        var remarks = denial.GetProperty("remarks").EnumerateArray().ToList();
        Assert.Equal(["N115", "M127"], remarks.Select(r => r.GetProperty("code").GetString()));
        Assert.Contains("Local Coverage Determination", remarks[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        var claim = await GetJsonAsync("/api/v1/claims/office-40");
        var reasons = claim.GetProperty("remittances").EnumerateArray()
            .SelectMany(r => r.GetProperty("payment").GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("adjustments").EnumerateArray()))
            .Select(a => a.GetProperty("reason").GetString());
        Assert.Equal(["50"], reasons);
    }

    [Fact]
    public async Task NewerEobVersion_ReplacesThePayment_OlderIs409()
    {
        await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), FhirClaimSamples.Condition(), FhirClaimSamples.Claim("office-2")));
        await ImportAsync(FhirClaimSamples.PaidEob("eob-2", "office-2", "1", paid: 100m));

        var newer = await ImportAsync(FhirClaimSamples.PaidEob("eob-2", "office-2", "2", paid: 120m));
        var older = await ImportAsync(FhirClaimSamples.PaidEob("eob-2", "office-2", "1", paid: 100m));

        Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, older.StatusCode);
        var claim = await GetJsonAsync("/api/v1/claims/office-2");
        Assert.Equal(120m, claim.GetProperty("balance").GetProperty("paid").GetDecimal());
        Assert.Equal("paid", claim.GetProperty("status").GetString());
        Assert.Equal(3, claim.GetProperty("remittances").GetArrayLength());
    }

    [Fact]
    public async Task NewerClaimVersion_ReplacesTheClaim()
    {
        await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), FhirClaimSamples.Condition(), FhirClaimSamples.Claim("office-3")));

        var newer = await ImportAsync(FhirClaimSamples.Claim("office-3", version: "2", net: 180m));

        Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
        var claim = await GetJsonAsync("/api/v1/claims/office-3");
        Assert.Equal(180m, claim.GetProperty("totalCharge").GetDecimal());
        Assert.Contains(claim.GetProperty("history").EnumerateArray(), h => h.GetProperty("reason").GetString()!.StartsWith("replaced", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherClinic_CannotSeeTheClaims()
    {
        await ImportAsync(FhirTestData.Luna);
        var other = "t-" + Guid.NewGuid().ToString("N")[..12];

        var response = await CreateClient().SendAsync(Get($"/api/v1/claims/{LunaCheckUp}", DoctorToken(other)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, (await GetJsonAsync("/api/v1/claims", other)).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().SendAsync(Get($"/api/v1/claims/{LunaCheckUp}/risk", DoctorToken(other)))).StatusCode);
    }

    [Fact]
    public async Task EobForAnUnknownClaim_IsKeptWithThePatientAndReported_AndAppliedWhenSentAgainAfterTheClaim()
    {
        await ImportAsync(FhirClaimSamples.Patient());

        var response = await ImportAsync(FhirClaimSamples.PaidEob("eob-lost", "never-sent", "1", paid: 100m));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var outcome = await FhirTestData.OutcomeAsync(response);
        Assert.Contains(outcome.GetProperty("issue").EnumerateArray(), i => i.GetProperty("severity").GetString() == "warning"
            && i.GetProperty("diagnostics").GetString()!.Contains("no claim never-sent", StringComparison.Ordinal));
        var kept = await GetJsonAsync($"/api/v1/fhir/ExplanationOfBenefit?patient={FhirClaimSamples.PatientId}");
        Assert.Equal(1, kept.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().SendAsync(Get("/api/v1/claims/never-sent", DoctorToken()))).StatusCode);

        await ImportAsync(FhirClaimSamples.Claim("never-sent"));
        await ImportAsync(FhirClaimSamples.PaidEob("eob-lost", "never-sent", "1", paid: 100m));
        Assert.Equal(100m, (await GetJsonAsync("/api/v1/claims/never-sent")).GetProperty("balance").GetProperty("paid").GetDecimal());
    }

    [Theory]
    // Valid FHIR ids that no Mesh record id (claims included) may be: /claims/.. could never name them.
    [InlineData(".", HttpStatusCode.BadRequest)]
    [InlineData("..", HttpStatusCode.BadRequest)]
    [InlineData("....", HttpStatusCode.BadRequest)]
    public async Task ClaimWithAnIdThatCannotBeAClaimId_FailsTheTransaction_NothingStored(string id, HttpStatusCode status)
    {
        var response = await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), FhirClaimSamples.Claim(id)));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("Bundle.entry[1].resource.id", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)));
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().SendAsync(Get($"/api/v1/patients/{FhirClaimSamples.PatientId}", DoctorToken()))).StatusCode);
        Assert.Equal(0, (await GetJsonAsync("/api/v1/claims")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ClaimWithoutAProcedureCode_FailsTheTransactionAtItsItem()
    {
        var claim = FhirClaimSamples.Claim("office-4", code: "");

        var response = await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), claim));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Bundle.entry[1].resource.item[0].productOrService", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)));
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().SendAsync(Get($"/api/v1/patients/{FhirClaimSamples.PatientId}", DoctorToken()))).StatusCode);
    }

    [Fact]
    public async Task DiagnosisReference_ToAConditionOnTheRecord_GivesItsIcd10()
    {
        await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), FhirClaimSamples.Condition()));

        var response = await ImportAsync(FhirClaimSamples.Claim("office-5"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var claim = await GetJsonAsync("/api/v1/claims/office-5");
        Assert.Equal("E119", Assert.Single(claim.GetProperty("diagnoses").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(1, claim.GetProperty("lines")[0].GetProperty("diagnosisPointers")[0].GetInt32());
        Assert.Equal("ACME01", claim.GetProperty("payer").GetProperty("id").GetString());
        Assert.Equal("1234567893", claim.GetProperty("billingProvider").GetProperty("npi").GetString());
    }

    [Fact]
    public async Task ClaimIdOfAnX12Claim_Is409_NothingStored()
    {
        var billing = TestTokens.Rs256(Host.Keys.Rsa, TestTokens.Claims(Tenant, "biller-1", ["billing"]));
        var x12 = await CreateClient().SendAsync(Post("/api/v1/claims/x12", new StringContent(ClaimFiles.Professional, Encoding.UTF8, "application/edi-x12"), billing));
        Assert.Equal(HttpStatusCode.OK, x12.StatusCode);

        var response = await ImportAsync(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(), FhirClaimSamples.Claim("PCN-1001")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Bundle.entry[1].resource.id", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)));
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().SendAsync(Get($"/api/v1/patients/{FhirClaimSamples.PatientId}", DoctorToken()))).StatusCode);
        Assert.NotEqual("FHIR", (await GetJsonAsync("/api/v1/claims/PCN-1001")).GetProperty("submission").GetProperty("sender").GetString());
    }

    [Fact]
    public async Task BatchClaims_EachOnItsOwn()
    {
        var response = await ImportAsync(FhirClaimSamples.Bundle("batch", FhirClaimSamples.Patient(), FhirClaimSamples.Claim("office-6"), FhirClaimSamples.Claim("..")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry").EnumerateArray()
            .Select(e => e.GetProperty("response").GetProperty("status").GetString()).ToList();
        Assert.Equal(["201 Created", "201 Created", "400 Bad Request"], statuses);
        Assert.Equal(1, (await GetJsonAsync("/api/v1/claims")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task WebhookClaim_ReachesOnlyTheClinicWhoseSecretMatches_AndIsAuditedAsTheIntegrationUser()
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var (patientId, claimId) = ($"hooked-{suffix}", $"hooked-claim-{suffix}");
        var body = JsonSerializer.Serialize(FhirClaimSamples.Transaction(FhirClaimSamples.Patient(patientId), FhirClaimSamples.Claim(claimId, patientId: patientId)), FhirTestData.FhirOptions);
        var request = Post("/api/v1/sync-fhir-resource", FhirTestData.Content(body));
        request.Headers.Add("X-Mesh-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(FhirHost.SecretA), Encoding.UTF8.GetBytes(body))));

        var response = await CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(patientId, (await GetJsonAsync($"/api/v1/claims/{claimId}", "clinic-a")).GetProperty("patientId").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().SendAsync(Get($"/api/v1/claims/{claimId}", DoctorToken("clinic-b")))).StatusCode);
        var audit = await (await CreateClient().SendAsync(Get($"/api/v1/audit?resourceId={claimId}", AdminToken("clinic-a")))).Content.ReadFromJsonAsync<JsonElement>();
        var write = audit.GetProperty("items").EnumerateArray().First(i => i.GetProperty("action").GetString() == "create");
        Assert.Equal("fhir-webhook", write.GetProperty("userId").GetString());
        Assert.Equal("claim", write.GetProperty("resourceType").GetString());
    }
}
