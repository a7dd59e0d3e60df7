using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Fhir;

/// <summary>Bad FHIR input is a 4xx OperationOutcome naming where the problem is, and stores nothing.</summary>
public sealed class FhirBadInputTests(FhirHost host) : FhirTestBase(host)
{
    [Fact]
    public async Task OversizedBody_Is413OperationOutcome()
    {
        var client = CreateClient();
        var padded = new { resourceType = "Patient", id = "big", name = new[] { new { family = new string('x', (int)FhirHost.MaxBodyBytes + 1) } } };

        var response = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(padded), DoctorToken()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too-costly", (await FhirTestData.OutcomeAsync(response)).GetProperty("issue")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get("/api/v1/patients/big", DoctorToken()))).StatusCode);
    }

    [Fact]
    public async Task OversizedBodyWithoutLength_Is413OperationOutcome()
    {
        // A stream of unknown length is sent chunked: the limit is found while reading, not from Content-Length.
        var body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"resourceType\":\"Patient\",\"id\":\"" + new string('x', (int)FhirHost.MaxBodyBytes) + "\"}"));
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(FhirTestData.Json);

        var response = await CreateClient().SendAsync(Post("/api/v1/fhir", content, DoctorToken()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await FhirTestData.OutcomeAsync(response);
    }

    [Fact]
    public async Task MissingRequiredElement_Is400WithItsLocation()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(new { resourceType = "Patient", id = "p1", name = new[] { new { family = "Kiss", given = new[] { "Anna" } } }, gender = "female", birthDate = "1980-01-01" }), DoctorToken()));
        var noStatus = new { resourceType = "Observation", id = "o1", code = new { text = "heart rate" }, subject = new { reference = "Patient/p1" }, valueQuantity = new { value = 72, unit = "/min" } };

        var response = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(noStatus), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)), StringComparison.Ordinal);
        var kept = await (await client.SendAsync(Get("/api/v1/fhir/Observation?patient=p1", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, kept.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task UnknownElement_Is400WithItsLocation()
    {
        var response = await CreateClient().SendAsync(Post("/api/v1/fhir",
            FhirTestData.Content(new { resourceType = "Patient", id = "p2", favouriteColour = "green" }), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("favouriteColour", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedXml_Is400WithLine()
    {
        var response = await CreateClient().SendAsync(Post("/api/v1/fhir?_format=json",
            FhirTestData.Content("<Patient xmlns=\"http://hl7.org/fhir\">\n<id value=\"x\">\n</Patient>", FhirTestData.Xml), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 3", (await FhirTestData.OutcomeAsync(response)).GetProperty("issue")[0].GetProperty("diagnostics").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownXmlResourceType_Is400()
    {
        var response = await CreateClient().SendAsync(Post("/api/v1/fhir?_format=json",
            FhirTestData.Content("<Spaceship xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/></Spaceship>", FhirTestData.Xml), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("resourceType", FhirTestData.FirstExpression(await FhirTestData.OutcomeAsync(response)));
    }

    [Fact]
    public async Task HostileId_Is400()
    {
        var response = await CreateClient().SendAsync(Post("/api/v1/fhir",
            FhirTestData.Content(new { resourceType = "Patient", id = "../../etc", gender = "male" }), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OtherContentType_Is415()
    {
        var response = await CreateClient().SendAsync(Post("/api/v1/fhir", FhirTestData.Content("{}", "text/plain"), DoctorToken()));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task AnotherClinicsPatient_Is404OnEveryReadAnd422AsAReference()
    {
        var client = CreateClient();
        await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(FhirTestData.Luna), DoctorToken()));
        var other = DoctorToken(Tenant + "-b", "dr-b");

        foreach (var url in new[] { "Patient/{0}", "Patient/{0}/$everything", "Observation?patient={0}", "Patient?patient={0}", "DocumentReference?patient={0}" })
        {
            var response = await client.SendAsync(Get("/api/v1/fhir/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, url, FhirTestData.LunaId), other));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, url);
            await FhirTestData.OutcomeAsync(response);
        }

        var allergy = new { resourceType = "AllergyIntolerance", code = new { text = "latex" }, patient = new { reference = $"Patient/{FhirTestData.LunaId}" } };
        var write = await client.SendAsync(Post("/api/v1/fhir", FhirTestData.Content(allergy), other));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, write.StatusCode);
        var context = await (await client.SendAsync(Get($"/api/v1/patients/{FhirTestData.LunaId}/context", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(context.GetProperty("allergies").EnumerateArray(), a => a.GetProperty("substance").GetString() == "latex");
    }

    [Fact]
    public async Task UnknownSearchType_Is400()
    {
        var response = await CreateClient().SendAsync(Get("/api/v1/fhir/Spaceship?patient=x", DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirTestData.OutcomeAsync(response);
    }
}

/// <summary>A stream that does not tell its length, so the client sends it chunked.</summary>
internal sealed class UnknownLengthStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
