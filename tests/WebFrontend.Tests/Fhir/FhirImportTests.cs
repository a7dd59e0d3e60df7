using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

public sealed class FhirImportTests : WebTestBase
{
    private const string PatientUrn = "urn:uuid:6f1c1d52-3b0e-4c55-9d6a-0c2b6e0a9f11";

    private static readonly object Patient = new
    {
        resourceType = "Patient",
        id = "example",
        name = new[] { new { family = "Kovács", given = new[] { "Ödön" } } },
        gender = "male",
        birthDate = "1961-04-12",
        communication = new[] { new { language = new { coding = new[] { new { system = "urn:ietf:bcp:47", code = "hu" } } }, preferred = true } },
    };

    private static readonly object Allergy = new
    {
        resourceType = "AllergyIntolerance",
        code = new { text = "penicillin" },
        patient = new { reference = PatientUrn },
        reaction = new[] { new { manifestation = new[] { new { text = "rash" } } } },
    };

    private static readonly object Condition = new
    {
        resourceType = "Condition",
        code = new { coding = new[] { new { system = "http://hl7.org/fhir/sid/icd-10", code = "E11.9", display = "Type 2 diabetes" } } },
        subject = new { reference = PatientUrn },
    };

    private static object Bundle(string type, params object[] entries) => new
    {
        resourceType = "Bundle",
        type,
        entry = entries.Select(e => new { fullUrl = e == Patient ? PatientUrn : null, resource = e }).ToArray(),
    };

    // FHIR JSON has no nulls: absent fields are left out.
    private static readonly JsonSerializerOptions FhirOptions = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static HttpRequestMessage PostFhir(object body, string? token) => PostFhirText(JsonSerializer.Serialize(body, FhirOptions), token);

    private static HttpRequestMessage PostFhirText(string body, string? token) =>
        Post("/api/v1/fhir", new StringContent(body, Encoding.UTF8, "application/fhir+json"), token);

    private static async Task<JsonElement> OutcomeAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("OperationOutcome", body.GetProperty("resourceType").GetString());
        return body;
    }

    private static string FirstExpression(JsonElement outcome) =>
        outcome.GetProperty("issue")[0].GetProperty("expression")[0].GetString()!;

    [Fact]
    public async Task Transaction_StoresThePatientWithAllergyAndCondition()
    {
        var client = CreateClient();

        var response = await client.SendAsync(PostFhir(Bundle("transaction", Patient, Allergy, Condition), DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("transaction-response", bundle.GetProperty("type").GetString());
        Assert.Equal("201 Created", bundle.GetProperty("entry")[0].GetProperty("response").GetProperty("status").GetString());
        var patient = await (await client.SendAsync(Get("/api/v1/patients/example", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Kovács", patient.GetProperty("familyName").GetString());
        Assert.Equal("hu", patient.GetProperty("language").GetString());
        Assert.Equal("penicillin", patient.GetProperty("allergies")[0].GetProperty("substance").GetString());
        Assert.Equal("rash", patient.GetProperty("allergies")[0].GetProperty("reaction").GetString());
        Assert.Equal("E11.9", patient.GetProperty("conditions")[0].GetProperty("icd10").GetString());
    }

    [Fact]
    public async Task Transaction_WithOneBadEntry_StoresNothing()
    {
        var client = CreateClient();
        var noCode = new { resourceType = "Condition", subject = new { reference = PatientUrn } };

        var response = await client.SendAsync(PostFhir(Bundle("transaction", Patient, Allergy, noCode), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bundle.entry[2].resource.code", FirstExpression(await OutcomeAsync(response)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get("/api/v1/patients/example", DoctorToken()))).StatusCode);
    }

    [Fact]
    public async Task Transaction_SkipsUnsupportedTypesWithInformation()
    {
        var client = CreateClient();
        var practitioner = new { resourceType = "Practitioner", name = new[] { new { family = "Szabó" } } };

        var response = await client.SendAsync(PostFhir(Bundle("transaction", Patient, practitioner), DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entry")[1].GetProperty("response");
        Assert.Equal("information", entry.GetProperty("outcome").GetProperty("issue")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Batch_ReportsEachEntrysStatus()
    {
        var client = CreateClient();
        var dangling = new { resourceType = "Condition", code = new { text = "asthma" }, subject = new { reference = "Patient/nobody" } };

        var response = await client.SendAsync(PostFhir(Bundle("batch", Patient, dangling), DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("batch-response", bundle.GetProperty("type").GetString());
        Assert.Equal("201 Created", bundle.GetProperty("entry")[0].GetProperty("response").GetProperty("status").GetString());
        Assert.StartsWith("422", bundle.GetProperty("entry")[1].GetProperty("response").GetProperty("status").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/api/v1/patients/example", DoctorToken()))).StatusCode);
    }

    [Fact]
    public async Task SinglePatient_IsCreatedThenUpdated()
    {
        var client = CreateClient();

        var created = await client.SendAsync(PostFhir(Patient, DoctorToken()));
        var updated = await client.SendAsync(PostFhir(Patient, DoctorToken()));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/patients/example", created.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
    }

    [Fact]
    public async Task MalformedJson_Is400WithOperationOutcome()
    {
        var response = await CreateClient().SendAsync(PostFhirText("{\"resourceType\": \"Patient\",", DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("$", FirstExpression(await OutcomeAsync(response)));
    }

    [Fact]
    public async Task UnknownResourceType_Is400()
    {
        var response = await CreateClient().SendAsync(PostFhir(new { resourceType = "Spaceship" }, DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("resourceType", FirstExpression(await OutcomeAsync(response)));
    }

    [Fact]
    public async Task ResourceFailingParsing_Is400WithItsLocation()
    {
        var badGender = new { resourceType = "Patient", id = "example", gender = "sometimes", birthDate = "1961-04-12" };

        var response = await CreateClient().SendAsync(PostFhir(badGender, DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("gender", FirstExpression(await OutcomeAsync(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DanglingPatientReference_Is422AndStoresNothing()
    {
        var client = CreateClient();
        var allergy = new { resourceType = "AllergyIntolerance", code = new { text = "latex" }, patient = new { reference = "Patient/nobody" } };

        var response = await client.SendAsync(PostFhir(Bundle("transaction", allergy), DoctorToken()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Bundle.entry[0].resource.patient", FirstExpression(await OutcomeAsync(response)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get("/api/v1/patients/nobody", DoctorToken()))).StatusCode);
    }

    [Fact]
    public async Task ImportedPatient_IsNotFoundForAnotherClinic()
    {
        var client = CreateClient();
        await client.SendAsync(PostFhir(Bundle("transaction", Patient, Allergy), DoctorToken("clinic-a")));

        var other = await client.SendAsync(Get("/api/v1/patients/example", DoctorToken("clinic-b", "dr-b")));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get("/api/v1/patients/example", DoctorToken("clinic-a")))).StatusCode);
    }

    [Fact]
    public async Task NoToken_Is401()
    {
        var response = await CreateClient().SendAsync(PostFhir(Patient, token: null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
