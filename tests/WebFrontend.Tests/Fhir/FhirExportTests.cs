using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Scribe;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>What Mesh keeps comes back out as FHIR: patients made in Mesh, signed reports, XML on request.</summary>
public sealed class FhirExportTests(FhirHost host) : FhirTestBase(host)
{
    private ScribeClient Scribe(HttpClient client) =>
        new(client, (roles, _) => TestTokens.Rs256(Host.Keys.Rsa, TestTokens.Claims(Tenant, "dr-house", roles)));

    [Fact]
    public async Task PatientMadeInMesh_IsAFhirPatient()
    {
        var client = CreateClient();
        var id = await Scribe(client).CreatePatientAsync();

        var response = await client.SendAsync(Get($"/api/v1/fhir/Patient/{id}", DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var patient = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, patient.GetProperty("id").GetString());
        Assert.Equal("Kovács", patient.GetProperty("name")[0].GetProperty("family").GetString());
    }

    [Fact]
    public async Task Everything_HasTheSignedReportAsDocumentReferenceWithItsPdf_AndNoDraft()
    {
        var client = CreateClient();
        var scribe = Scribe(client);
        var id = await scribe.CreatePatientAsync();
        var signed = await scribe.DraftAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await scribe.FinalizeAsync(signed)).StatusCode);
        await scribe.DraftAsync(id);

        var everything = await (await client.SendAsync(Get($"/api/v1/fhir/Patient/{id}/$everything", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("searchset", everything.GetProperty("type").GetString());
        var resources = everything.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
        // The patient was made in Mesh with metformin and a penicillin allergy: they export too, next to the one signed report.
        Assert.Equal(["Patient", "AllergyIntolerance", "MedicationStatement", "DocumentReference"],
            resources.Select(r => r.GetProperty("resourceType").GetString()));
        var attachment = resources.Single(r => r.GetProperty("resourceType").GetString() == "DocumentReference").GetProperty("content")[0].GetProperty("attachment");
        Assert.Equal("application/pdf", attachment.GetProperty("contentType").GetString());
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(Convert.FromBase64String(attachment.GetProperty("data").GetString()!)[..4]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsTypedIntoMesh_AreSearchableResourcesWithStableIds()
    {
        var client = CreateClient();
        var id = await Scribe(client).CreatePatientAsync();

        var first = await (await client.SendAsync(Get($"/api/v1/fhir/AllergyIntolerance?patient={id}", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await client.SendAsync(Get($"/api/v1/fhir/AllergyIntolerance?patient={id}", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();

        var allergy = Assert.Single(first.GetProperty("entry").EnumerateArray()).GetProperty("resource");
        Assert.Equal("penicillin", allergy.GetProperty("code").GetProperty("text").GetString());
        Assert.Equal($"Patient/{id}", allergy.GetProperty("patient").GetProperty("reference").GetString());
        Assert.Equal(allergy.GetProperty("id").GetString(), second.GetProperty("entry")[0].GetProperty("resource").GetProperty("id").GetString());
    }

    [Fact]
    public async Task XmlImport_ThenXmlEverything()
    {
        var client = CreateClient();
        const string patient = """
            <Patient xmlns="http://hl7.org/fhir">
              <id value="xml-1"/>
              <name><family value="Fehér"/><given value="Júlia"/></name>
              <gender value="female"/>
              <birthDate value="1990-03-04"/>
            </Patient>
            """;
        const string allergy = """
            <AllergyIntolerance xmlns="http://hl7.org/fhir">
              <id value="a-xml"/>
              <code><text value="sulfonamides"/></code>
              <patient><reference value="Patient/xml-1"/></patient>
            </AllergyIntolerance>
            """;

        var created = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(patient, FhirTestData.Xml), DoctorToken()));
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(allergy, FhirTestData.Xml), DoctorToken()));
        var request = Get("/api/v1/fhir/Patient/xml-1/$everything", DoctorToken());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirTestData.Xml));
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(FhirTestData.Xml, created.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FhirTestData.Xml, response.Content.Headers.ContentType?.MediaType);
        XNamespace fhir = "http://hl7.org/fhir";
        var bundle = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("Bundle", bundle.Name.LocalName);
        Assert.Equal("sulfonamides", bundle.Descendants(fhir + "AllergyIntolerance").Single().Element(fhir + "code")!.Element(fhir + "text")!.Attribute("value")!.Value);
    }

    [Fact]
    public async Task Reads_AreAudited()
    {
        var client = CreateClient();
        var id = await Scribe(client).CreatePatientAsync();
        // A reader who did nothing else with the patient, so every record naming them comes from the export.
        const string reader = "dr-export";
        Assert.Empty(await AuditOfAsync(client, reader, id));

        var export = await client.SendAsync(Get($"/api/v1/fhir/Patient/{id}/$everything", DoctorToken(userId: reader)));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var record = Assert.Single(await AuditOfAsync(client, reader, id));
        Assert.Equal(Tenant, record.GetProperty("tenant").GetString());
        Assert.Equal(reader, record.GetProperty("userId").GetString());
        Assert.Equal("read", record.GetProperty("action").GetString());
        Assert.Equal("patient", record.GetProperty("resourceType").GetString());
        Assert.Equal(id, record.GetProperty("resourceId").GetString());
        Assert.Equal("success", record.GetProperty("outcome").GetString());
    }

    private async Task<List<JsonElement>> AuditOfAsync(HttpClient client, string userId, string patientId)
    {
        var response = await client.SendAsync(Get($"/api/v1/audit?userId={userId}&resourceId={patientId}", AdminToken()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
