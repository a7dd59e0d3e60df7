using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Scribe;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>An imported record grounds the draft: an allergy on record warns against a drug of its class.</summary>
public sealed class FhirGroundingTests(FhirHost host) : FhirTestBase(host)
{
    [Fact]
    public async Task ImportedPenicillinAllergy_WarnsAgainstAmoxicillinInTheDraft()
    {
        var client = CreateClient();
        var scribe = new ScribeClient(client, (roles, _) => TestTokens.Rs256(Host.Keys.Rsa, TestTokens.Claims(Tenant, "dr-house", roles)));
        var patientId = await scribe.CreatePatientAsync();
        var allergy = new
        {
            resourceType = "AllergyIntolerance",
            id = "pen-1",
            code = new { coding = new[] { new { system = "http://snomed.info/sct", code = "91936005", display = "Allergy to penicillin" } } },
            patient = new { reference = $"Patient/{patientId}" },
        };
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(allergy), DoctorToken()))).StatusCode);

        var draft = await scribe.DraftAsync(patientId, "Doctor: Your throat looks infected. I will start amoxicillin 500 mg three times daily.");

        // The patient was also made with a penicillin allergy typed into Mesh: that one warns too, without a source.
        var conflicts = draft.GetProperty("allergyConflicts").EnumerateArray().ToList();
        Assert.Equal(2, conflicts.Count);
        Assert.Single(conflicts, c => c.GetProperty("source").ValueKind == JsonValueKind.Null);
        var conflict = Assert.Single(conflicts, c => c.GetProperty("source").ValueKind == JsonValueKind.Object);
        Assert.Equal("same-class", conflict.GetProperty("kind").GetString());
        Assert.Equal("penicillins", conflict.GetProperty("drugClass").GetString());
        Assert.Contains("amoxicillin", conflict.GetProperty("evidence")[0].GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("AllergyIntolerance", conflict.GetProperty("source").GetProperty("resourceType").GetString());
        Assert.Equal("pen-1", conflict.GetProperty("source").GetProperty("resourceId").GetString());
        Assert.Contains(conflict.GetProperty("message").GetString(), draft.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
        var context = await (await client.SendAsync(Get($"/api/v1/patients/{patientId}/context", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(context.GetProperty("allergies").EnumerateArray(),
            a => a.GetProperty("source").ValueKind == JsonValueKind.Object && a.GetProperty("source").GetProperty("resourceId").GetString() == "pen-1");
    }
}
