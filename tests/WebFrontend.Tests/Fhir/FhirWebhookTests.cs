using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>The signed webhook: the secret that matches names the clinic; anything else is 401 and stores nothing.</summary>
public sealed class FhirWebhookTests(FhirHost host) : FhirTestBase(host)
{
    private const string SecretA = FhirHost.SecretA;
    private const string SecretB = FhirHost.SecretB;

    // The webhook's clinics are fixed by the host's settings, so each test keeps apart by a patient of its own.
    private readonly string _id = "hooked-" + Guid.NewGuid().ToString("N")[..12];

    private string PatientBody => JsonSerializer.Serialize(new
    {
        resourceType = "Patient",
        id = _id,
        meta = new { versionId = "1" },
        name = new[] { new { family = "Varga", given = new[] { "Péter" } } },
        gender = "male",
        birthDate = "1955-09-10",
    });

    private HttpClient Client() => CreateClient();

    private static HttpRequestMessage Signed(string body, string? secret, string? signature = null)
    {
        var request = Post("/api/v1/sync-fhir-resource", FhirTestData.Content(body));
        signature ??= secret is null ? null : "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
        if (signature is not null)
        {
            request.Headers.Add("X-Mesh-Signature", signature);
        }

        return request;
    }

    [Fact]
    public async Task SignedBody_IsStoredInTheClinicWhoseSecretMatches()
    {
        var client = Client();

        var response = await client.SendAsync(Signed(PatientBody, SecretB));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get($"/api/v1/patients/{_id}", DoctorToken("clinic-b", "dr-b")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get($"/api/v1/patients/{_id}", DoctorToken("clinic-a")))).StatusCode);
    }

    [Fact]
    public async Task Import_IsAuditedAsTheIntegrationUser()
    {
        var client = Client();

        await client.SendAsync(Signed(PatientBody, SecretA));

        var audit = await (await client.SendAsync(Get($"/api/v1/audit?resourceId={_id}", AdminToken("clinic-a")))).Content.ReadFromJsonAsync<JsonElement>();
        var item = Assert.Single(audit.GetProperty("items").EnumerateArray());
        Assert.Equal("fhir-webhook", item.GetProperty("userId").GetString());
        Assert.Equal("create", item.GetProperty("action").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha256=00")]
    [InlineData("sha256=not-hex")]
    [InlineData("md5=abc")]
    public async Task MissingOrWrongSignature_Is401AndStoresNothing(string? signature)
    {
        var client = Client();

        var response = await client.SendAsync(Signed(PatientBody, null, signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await FhirTestData.OutcomeAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get($"/api/v1/patients/{_id}", DoctorToken("clinic-a")))).StatusCode);
    }

    [Fact]
    public async Task BodyChangedAfterSigning_Is401()
    {
        var client = Client();
        var signature = Signed(PatientBody, SecretA).Headers.GetValues("X-Mesh-Signature").Single();

        var response = await client.SendAsync(Signed(PatientBody.Replace("Varga", "Vargha", StringComparison.Ordinal), null, signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Replay_OfAnOldSignedBody_ChangesNothing()
    {
        var client = Client();
        await client.SendAsync(Signed(PatientBody, SecretA));
        var newer = PatientBody.Replace("\"1\"", "\"2\"", StringComparison.Ordinal).Replace("Varga", "Vargha", StringComparison.Ordinal);
        await client.SendAsync(Signed(newer, SecretA));

        var replay = await client.SendAsync(Signed(PatientBody, SecretA));

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        var patient = await (await client.SendAsync(Get($"/api/v1/patients/{_id}", DoctorToken("clinic-a")))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Vargha", patient.GetProperty("familyName").GetString());
    }
}
