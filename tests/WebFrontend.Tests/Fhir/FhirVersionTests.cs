using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>meta.versionId makes imports idempotent: the same version changes nothing, newer replaces, older is 409.</summary>
public sealed class FhirVersionTests(FhirHost host) : FhirTestBase(host)
{
    private static object Patient(string version, string family) => new
    {
        resourceType = "Patient",
        id = "versioned",
        meta = new { versionId = version },
        name = new[] { new { family, given = new[] { "Ilona" } } },
        gender = "female",
        birthDate = "1970-05-06",
    };

    private static object Allergy(string version, string substance) => new
    {
        resourceType = "AllergyIntolerance",
        id = "allergy-1",
        meta = new { versionId = version },
        code = new { text = substance },
        patient = new { reference = "Patient/versioned" },
    };

    private async Task<JsonElement> RecordAsync(HttpClient client) =>
        await (await client.SendAsync(Get("/api/v1/patients/versioned", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task SameVersionAgain_ChangesNothing()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Patient("1", "Tóth")), DoctorToken()));
        var before = await RecordAsync(client);

        var again = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Patient("1", "Tóth")), DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("unchanged", (await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before.GetProperty("updatedAt").GetString(), (await RecordAsync(client)).GetProperty("updatedAt").GetString());
    }

    [Fact]
    public async Task NewerVersion_ReplacesTheFactsOfTheOlder()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Patient("1", "Tóth")), DoctorToken()));
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Allergy("1", "penicillin")), DoctorToken()));

        var newer = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Allergy("2", "sulfamethoxazole")), DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
        var allergies = (await RecordAsync(client)).GetProperty("allergies");
        Assert.Equal("sulfamethoxazole", Assert.Single(allergies.EnumerateArray()).GetProperty("substance").GetString());
        var kept = await (await client.SendAsync(Get("/api/v1/fhir/AllergyIntolerance?patient=versioned", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2", kept.GetProperty("entry")[0].GetProperty("resource").GetProperty("meta").GetProperty("versionId").GetString());
    }

    [Fact]
    public async Task OlderVersion_Is409AndChangesNothing()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Patient("3", "Tóth")), DoctorToken()));

        var older = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Patient("2", "Nagy")), DoctorToken()));

        Assert.Equal(HttpStatusCode.Conflict, older.StatusCode);
        Assert.Equal("Patient.meta.versionId", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(older)));
        Assert.Equal("Tóth", (await RecordAsync(client)).GetProperty("familyName").GetString());
    }

    [Fact]
    public async Task TransactionWithOneOlderVersion_StoresNothingOfIt()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Patient("1", "Tóth")), DoctorToken()));
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(Allergy("5", "latex")), DoctorToken()));
        var bundle = new
        {
            resourceType = "Bundle",
            type = "transaction",
            entry = new[] { new { resource = Patient("2", "Nagy") }, new { resource = Allergy("4", "peanuts") } },
        };

        var response = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(bundle), DoctorToken()));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var record = await RecordAsync(client);
        Assert.Equal("Tóth", record.GetProperty("familyName").GetString());
        Assert.Equal("latex", record.GetProperty("allergies")[0].GetProperty("substance").GetString());
    }
}
