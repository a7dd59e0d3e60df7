using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mesh.WebFrontend.Tests.Infrastructure;
using static Mesh.WebFrontend.Tests.Fhir.FhirClaimSamples;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>What keeps a FHIR import from changing the clinic's claims when it should not: who sends it, ids, statuses, amounts.</summary>
public sealed class FhirClaimHandOffTests(FhirHost host) : FhirBillingTestBase(host)
{
    private const decimal Huge = 50_000_000_000_000_000_000_000_000_000m;

    private Task<HttpResponseMessage> SeedAsync(params string[] claimIds) =>
        ImportAsync(Transaction([Patient(), Condition(), .. claimIds.Select(id => Claim(id))]));

    private async Task<JsonElement> ClaimAsync(string claimId) => await GetJsonAsync($"/api/v1/claims/{claimId}");

    [Fact]
    public async Task ResourcesWithoutAnIdOfTheirOwn_AreKeptWithThePatient_SoAReplayNeitherPaysNorClaimsTwice()
    {
        await SeedAsync("office-10");
        var eob = With(PaidEob("x", "office-10", "1", paid: 100m), json => json.Remove("id"));
        var claim = With(Claim("x"), json => json.Remove("id"));
        var bundle = new
        {
            resourceType = "Bundle",
            type = "transaction",
            entry = new object[]
            {
                new { fullUrl = "https://payer.example/eob/77", resource = eob, request = new { method = "POST", url = "ExplanationOfBenefit" } },
                new { fullUrl = "https://ehr.example/claim/5", resource = claim, request = new { method = "POST", url = "Claim" } },
            },
        };

        var first = await ImportAsync(bundle);
        var second = await ImportAsync(bundle);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (await IssuesAsync(first)).Count(i => i.GetProperty("severity").GetString() == "warning"
            && i.GetProperty("diagnostics").GetString()!.Contains("no id of its own", StringComparison.Ordinal)));
        Assert.Equal(0, (await ClaimAsync("office-10")).GetProperty("remittances").GetArrayLength());
        Assert.Equal(1, (await GetJsonAsync("/api/v1/claims")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await GetJsonAsync($"/api/v1/fhir/ExplanationOfBenefit?patient={PatientId}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DoctorsImport_KeepsClaimsAndEobsWithThePatientOnly()
    {
        var response = await ImportAsync(Transaction(Patient(), Condition(), Claim("office-11"), PaidEob("eob-11", "office-11", "1", paid: 100m)), DoctorToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await ClaimStatusAsync("office-11"));
        Assert.Equal(1, (await GetJsonAsync($"/api/v1/fhir/Claim?patient={PatientId}")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await GetJsonAsync($"/api/v1/fhir/ExplanationOfBenefit?patient={PatientId}")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await IssuesAsync(response)).Count(i => i.GetProperty("severity").GetString() == "information"
            && i.GetProperty("diagnostics").GetString()!.Contains("billing staff", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BillingDoctorsImport_ReachesTheClaims_ButBillingAloneMayNotImportPatientData()
    {
        var billingOnly = TestTokens.Rs256(Host.Keys.Rsa, TestTokens.Claims(Tenant, "biller-1", ["billing"]));

        var refused = await ImportAsync(Transaction(Patient(), Claim("office-12")), billingOnly);
        var response = await ImportAsync(Transaction(Patient(), Condition(), Claim("office-12"), PaidEob("eob-12", "office-12", "1", paid: 100m)));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claim = await ClaimAsync("office-12");
        Assert.Equal(100m, claim.GetProperty("balance").GetProperty("paid").GetDecimal());
        Assert.Equal("paid", claim.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("draft", "claim")]
    [InlineData("active", "preauthorization")]
    [InlineData("active", "predetermination")]
    public async Task EobThatIsNoPayment_PaysNothing(string status, string use)
    {
        await SeedAsync("office-13");

        var response = await ImportAsync(PaidEob("eob-13", "office-13", "1", paid: 100m, status, use));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var claim = await ClaimAsync("office-13");
        Assert.Equal(0, claim.GetProperty("remittances").GetArrayLength());
        Assert.Equal("submitted", claim.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("cancelled", "complete", 14)]
    [InlineData("entered-in-error", "complete", 21)]
    [InlineData("cancelled", "queued", 22)]
    public async Task WithdrawnEob_OnlyReversesTheEarlierPayment_AndAgainChangesNothing(string status, string outcome, int n)
    {
        var (claimId, eobId) = ($"office-{n}", $"eob-{n}");
        await SeedAsync(claimId);
        await ImportAsync(PaidEob(eobId, claimId, "1", paid: 100m));

        var withdrawn = await ImportAsync(PaidEob(eobId, claimId, "2", paid: 100m, status, outcome: outcome));
        await ImportAsync(PaidEob(eobId, claimId, "2", paid: 100m, status, outcome: outcome));

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var claim = await ClaimAsync(claimId);
        Assert.Equal(0m, claim.GetProperty("balance").GetProperty("paid").GetDecimal());
        Assert.Equal(0m, claim.GetProperty("balance").GetProperty("patientResponsibility").GetDecimal());
        Assert.Equal(2, claim.GetProperty("remittances").GetArrayLength());
        Assert.Equal("reversed", claim.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TwoVersionsOfAnEobAtOnce_OnlyTheVersionThePatientKeepsCounts()
    {
        await SeedAsync("office-23");
        await ImportAsync(PaidEob("eob-23", "office-23", "1", paid: 100m));

        // Five times, two newer versions at the same moment: whichever the patient ends up keeping must be the one paid.
        for (var version = 2; version < 12; version += 2)
        {
            await Task.WhenAll(
                ImportAsync(PaidEob("eob-23", "office-23", $"{version}", paid: 100m + version)),
                ImportAsync(PaidEob("eob-23", "office-23", $"{version + 1}", paid: 100m + version + 1)));
        }

        var eobs = await GetJsonAsync($"/api/v1/fhir/ExplanationOfBenefit?patient={PatientId}");
        var kept = eobs.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource"))
            .Single(r => r.GetProperty("id").GetString() == "eob-23").GetProperty("meta").GetProperty("versionId").GetString();
        var claim = await ClaimAsync("office-23");
        Assert.Equal(100m + decimal.Parse(kept!, System.Globalization.CultureInfo.InvariantCulture), claim.GetProperty("balance").GetProperty("paid").GetDecimal());
    }

    [Fact]
    public async Task BilledEligibleAndPaidAmountsWithAReason_AreNotWrittenOff()
    {
        await SeedAsync("office-15");

        await ImportAsync(PaidEobWithReasonedAmounts("eob-15", "office-15"));

        var claim = await ClaimAsync("office-15");
        Assert.Equal(0m, claim.GetProperty("balance").GetProperty("writtenOff").GetDecimal());
        Assert.Equal(50m, claim.GetProperty("balance").GetProperty("patientResponsibility").GetDecimal());
        Assert.Equal("paid", claim.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ClaimsOfTwoPatients_EachTakeTheirOwnRecordsCondition_OfTheSameId()
    {
        await ImportAsync(Transaction(Patient("p-one"), Condition("p-one", "E11.9")));
        await ImportAsync(Transaction(Patient("p-two"), Condition("p-two", "I10")));

        var response = await ImportAsync(Transaction(Claim("c-one", patientId: "p-one"), Claim("c-two", patientId: "p-two")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("E119", (await ClaimAsync("c-one")).GetProperty("diagnoses")[0].GetProperty("code").GetString());
        Assert.Equal("I10", (await ClaimAsync("c-two")).GetProperty("diagnoses")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task HugeClaimAmounts_Are422AtTheirField_NothingStored()
    {
        var claim = With(Claim("office-16", net: Huge), json =>
        {
            json.Remove("total");
            var items = json["item"]!.AsArray();
            items.Add(items[0]!.DeepClone());
        });

        var response = await ImportAsync(Transaction(Patient(), claim));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Bundle.entry[1].resource.item[0].net", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)));
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient().SendAsync(Get($"/api/v1/patients/{PatientId}", DoctorToken()))).StatusCode);
    }

    [Fact]
    public async Task HugeEobAmounts_Are422AtTheirField_NoPayment()
    {
        await SeedAsync("office-17");
        var eob = With(PaidEob("eob-17", "office-17", "1", paid: 100m), json =>
        {
            var adjudication = json["item"]![0]!["adjudication"]!.AsArray();
            adjudication[2]!["amount"]!["value"] = Huge;
            adjudication.Add(adjudication[2]!.DeepClone());
        });

        var response = await ImportAsync(eob);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("ExplanationOfBenefit.item[0].adjudication[2].amount", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)));
        Assert.Equal(0, (await ClaimAsync("office-17")).GetProperty("remittances").GetArrayLength());
    }

    [Fact]
    public async Task EobVersionNamingAnotherClaim_Is409_NothingStoredOrMoved()
    {
        await SeedAsync("office-18", "office-19");
        await ImportAsync(PaidEob("eob-18", "office-18", "1", paid: 100m));

        var moved = await ImportAsync(PaidEob("eob-18", "office-19", "2", paid: 120m));

        Assert.Equal(HttpStatusCode.Conflict, moved.StatusCode);
        Assert.Equal("ExplanationOfBenefit.claim", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(moved)));
        Assert.Equal(100m, (await ClaimAsync("office-18")).GetProperty("balance").GetProperty("paid").GetDecimal());
        Assert.Equal(0, (await ClaimAsync("office-19")).GetProperty("remittances").GetArrayLength());
        var kept = await GetJsonAsync($"/api/v1/fhir/ExplanationOfBenefit?patient={PatientId}");
        Assert.Equal("1", kept.GetProperty("entry")[0].GetProperty("resource").GetProperty("meta").GetProperty("versionId").GetString());
    }

    [Fact]
    public async Task NewerEobVersion_AuditsTheReversalAndThePayment()
    {
        await SeedAsync("office-20");
        await ImportAsync(PaidEob("eob-20", "office-20", "1", paid: 100m));

        await ImportAsync(PaidEob("eob-20", "office-20", "2", paid: 120m));

        var audit = await (await CreateClient().SendAsync(Get("/api/v1/audit?resourceId=office-20", AdminToken()))).Content.ReadFromJsonAsync<JsonElement>();
        var remittanceWrites = audit.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("resourceType").GetString() == "remittance" && i.GetProperty("action").GetString() == "update").ToList();
        Assert.Equal(3, remittanceWrites.Count);
        Assert.All(remittanceWrites, w => Assert.Equal("success", w.GetProperty("outcome").GetString()));
    }
}
