using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>
/// A FHIR billing test: imports are sent by a doctor who also bills (POST /fhir needs a clinical role, handing Claims
/// and EOBs to the clinic's claims needs a billing one), reads by a doctor.
/// </summary>
public abstract class FhirBillingTestBase(FhirHost host) : FhirTestBase(host)
{
    protected string BillingDoctorToken() =>
        TestTokens.Rs256(Host.Keys.Rsa, TestTokens.Claims(Tenant, "dr-biller", ["doctor", "billing"]));

    protected async Task<JsonElement> GetJsonAsync(string url, string? tenant = null)
    {
        var response = await CreateClient().SendAsync(Get(url, DoctorToken(tenant)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected async Task<HttpResponseMessage> ImportAsync(object body, string? token = null) =>
        await CreateClient().SendAsync(Post("/api/v1/fhir", body is string text ? FhirTestData.Content(text) : FhirTestData.Content(body), token ?? BillingDoctorToken()));

    protected async Task<HttpStatusCode> ClaimStatusAsync(string claimId) =>
        (await CreateClient().SendAsync(Get($"/api/v1/claims/{claimId}", DoctorToken()))).StatusCode;

    /// <summary>Every issue of a response: a single resource's OperationOutcome, or each entry's of a transaction or batch.</summary>
    protected static async Task<List<JsonElement>> IssuesAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var outcomes = body.GetProperty("resourceType").GetString() == "OperationOutcome" ? [body]
            : body.GetProperty("entry").EnumerateArray()
                .Select(e => e.GetProperty("response").TryGetProperty("outcome", out var outcome) ? outcome : default)
                .Where(o => o.ValueKind == JsonValueKind.Object).ToList();
        return [.. outcomes.SelectMany(o => o.GetProperty("issue").EnumerateArray())];
    }
}
