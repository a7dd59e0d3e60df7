using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>Whole Synthea patient bundles, imported as transactions the way an EHR export arrives.</summary>
public sealed class SyntheaImportTests : WebTestBase
{
    private static readonly string[] KeptTypes =
    [
        "Patient", "Encounter", "Condition", "Observation", "Procedure", "Immunization", "MedicationRequest", "Claim", "ExplanationOfBenefit",
    ];

    [Fact]
    public async Task SyntheaTransaction_KeepsEveryResourceOfTheImportedTypes()
    {
        var client = CreateClient();
        var expected = FhirTestData.CountByType(FhirTestData.Luna);

        var response = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(FhirTestData.Luna), DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("transaction-response", answer.GetProperty("type").GetString());
        Assert.Equal(223, answer.GetProperty("entry").GetArrayLength());
        foreach (var type in KeptTypes.Skip(1))
        {
            var search = await client.SendAsync(Get($"/api/v1/fhir/{type}?patient={FhirTestData.LunaId}", DoctorToken()));
            var bundle = await search.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(expected[type] == bundle.GetProperty("total").GetInt32(), $"{type}: {expected[type]} sent, {bundle.GetProperty("total")} kept");
        }

        var everything = await (await client.SendAsync(Get($"/api/v1/fhir/Patient/{FhirTestData.LunaId}/$everything", DoctorToken())))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(KeptTypes.Sum(t => expected[t]), everything.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SyntheaTransaction_ResolvesUrnReferencesBetweenEntries()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(FhirTestData.Luna), DoctorToken()));

        var bundle = await (await client.SendAsync(Get($"/api/v1/fhir/Observation?patient={FhirTestData.LunaId}", DoctorToken())))
            .Content.ReadFromJsonAsync<JsonElement>();

        var observation = bundle.GetProperty("entry")[0].GetProperty("resource");
        Assert.Equal($"Patient/{FhirTestData.LunaId}", observation.GetProperty("subject").GetProperty("reference").GetString());
        Assert.StartsWith("Encounter/", observation.GetProperty("encounter").GetProperty("reference").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyntheaPatient_GroundsTheContextWithSources()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(FhirTestData.Luna), DoctorToken()));

        var context = await (await client.SendAsync(Get($"/api/v1/patients/{FhirTestData.LunaId}/context", DoctorToken())))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Luna60", context.GetProperty("displayName").GetString()!.Split(' ')[0]);
        var observations = context.GetProperty("recentObservations");
        Assert.Equal(20, observations.GetArrayLength());
        Assert.Equal("Observation", observations[0].GetProperty("source").GetProperty("resourceType").GetString());
        Assert.True(context.GetProperty("activeConditions").GetArrayLength() > 0);
        Assert.Equal("Condition", context.GetProperty("activeConditions")[0].GetProperty("source").GetProperty("resourceType").GetString());
    }

    [Fact]
    public async Task SyntheaReplay_ChangesNothing()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(FhirTestData.Luna), DoctorToken()));
        var before = await (await client.SendAsync(Get($"/api/v1/patients/{FhirTestData.LunaId}", DoctorToken()))).Content.ReadAsStringAsync();

        var replay = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(FhirTestData.Luna), DoctorToken()));

        var answer = await replay.Content.ReadFromJsonAsync<JsonElement>();
        Assert.All(answer.GetProperty("entry").EnumerateArray().Where(e => e.GetProperty("response").TryGetProperty("location", out _)),
            e => Assert.Equal("200 OK", e.GetProperty("response").GetProperty("status").GetString()));
        var after = await (await client.SendAsync(Get($"/api/v1/patients/{FhirTestData.LunaId}", DoctorToken()))).Content.ReadAsStringAsync();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task TransactionAcrossTwoPatients_WithOneBadEntry_StoresNeither()
    {
        var client = CreateClient();
        var luna = JsonDocument.Parse(FhirTestData.Luna).RootElement.GetProperty("entry").EnumerateArray().ToList();
        var johnnie = JsonDocument.Parse(FhirTestData.Johnnie).RootElement.GetProperty("entry").EnumerateArray().ToList();
        var broken = new { resource = new { resourceType = "Condition", subject = new { reference = luna[0].GetProperty("fullUrl").GetString() } } };
        var bundle = new { resourceType = "Bundle", type = "transaction", entry = luna.Cast<object>().Concat(johnnie.Cast<object>()).Append(broken).ToArray() };

        var response = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(bundle), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Bundle.entry[{luna.Count + johnnie.Count}].resource.code", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get($"/api/v1/patients/{FhirTestData.LunaId}", DoctorToken()))).StatusCode);
        var johnnieId = johnnie[0].GetProperty("resource").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get($"/api/v1/patients/{johnnieId}", DoctorToken()))).StatusCode);
    }
}
