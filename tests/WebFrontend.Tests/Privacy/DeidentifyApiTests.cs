using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Privacy;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Patients;

namespace Mesh.WebFrontend.Tests.Privacy;

/// <summary>POST /api/v1/phi/deidentify: who may call it, what it checks, what it answers and what it audits.</summary>
public sealed class DeidentifyApiTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    private const string Url = "/api/v1/phi/deidentify";
    private const string AboutThePatient = "Ödön Kovács (national id 123-456-789) was born 1961-04-12; his son Bence calls from 555-867-5309.";

    [Fact]
    public async Task NoToken_Is401()
    {
        var response = await CreateClient().SendAsync(PostJson(Url, new { text = "Dr. Hausmann saw her." }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("billing")]
    public async Task NeitherDoctorNorNurse_Is403Problem(string role)
    {
        var response = await CreateClient().SendAsync(PostJson(Url, new { text = "Dr. Hausmann saw her." }, Token(role)));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("doctor")]
    [InlineData("nurse")]
    public async Task DoctorOrNurse_GetsTheTextWithoutIdentifiersAndTheKindsReplaced(string role)
    {
        var response = await CreateClient().SendAsync(PostJson(Url, new { text = "Dr. Hausmann saw her on 03/14/2024, MRN 00482913." }, Token(role)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var text = body.GetProperty("text").GetString()!;
        Assert.DoesNotContain("Hausmann", text, StringComparison.Ordinal);
        Assert.DoesNotContain("03/14/2024", text, StringComparison.Ordinal);
        Assert.DoesNotContain("00482913", text, StringComparison.Ordinal);
        Assert.Contains("saw her on", text, StringComparison.Ordinal);
        Assert.Equal(["name", "date", "recordNumber"], body.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!));
        Assert.Equal(["text", "kinds"], body.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task PatientOfTheClinic_TheirNamesAndIdentifiersAreReplacedToo()
    {
        var client = CreateClient();
        var id = await CreatePatientAsync(client, "clinic-a");

        var without = await DeidentifyAsync(client, new { text = AboutThePatient }, DoctorToken());
        var with = await DeidentifyAsync(client, new { text = AboutThePatient, patientId = id }, DoctorToken());

        // Nothing in the text itself says Ödön Kovács is a name; the record does.
        Assert.Contains("Kovács", without, StringComparison.Ordinal);
        foreach (var planted in new[] { "Ödön", "Kovács", "123-456-789", "1961-04-12", "Bence", "867-5309" })
        {
            Assert.DoesNotContain(planted, with, StringComparison.Ordinal);
        }

        Assert.Contains("his son", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatientOfAnotherClinic_Is404AndNothingOfTheirsIsUsed()
    {
        var client = CreateClient();
        var id = await CreatePatientAsync(client, "clinic-a");

        var response = await client.SendAsync(PostJson(Url, new { text = AboutThePatient, patientId = id }, DoctorToken("clinic-b", "dr-b")));

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("Kovács", problem.GetRawText(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{}""", "text" },
        { """{"text":"   "}""", "text" },
        { $$"""{"text":"{{new string('a', PhiApi.MaxTextLength + 1)}}"}""", "text" },
        { """{"text":"bell \u0007 here"}""", "text" },
        { """{"text":"fine","patientId":"../other-clinic/p1"}""", "patientId" },
        { """{"text":"fine","mapping":true}""", "$.mapping" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task InvalidBody_Is400NamingTheField(string json, string field)
    {
        var response = await CreateClient().SendAsync(Post(Url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), DoctorToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task EveryCall_LeavesOneAuditRowAgainstThePatientOrTheText()
    {
        // Its audit rows are counted: a host of its own, so no other test adds to them.
        var client = CreateFactory().CreateClient();
        var id = await CreatePatientAsync(client, "clinic-a");
        await DeidentifyAsync(client, new { text = AboutThePatient, patientId = id }, DoctorToken(userId: "dr-a"));
        await client.SendAsync(PostJson(Url, new { text = "", patientId = id }, DoctorToken(userId: "dr-b")));
        await client.SendAsync(PostJson(Url, new { text = "x", patientId = "nobody" }, DoctorToken(userId: "dr-c")));
        await DeidentifyAsync(client, new { text = "Dr. Hausmann saw her." }, DoctorToken(userId: "dr-d"));

        var rows = await AuditRowsAsync(client, id);
        var nobody = Assert.Single(await AuditRowsAsync(client, "nobody"));
        var text = Assert.Single(await AuditRowsAsync(client, "-"), r => r.GetProperty("action").GetString() == PhiApi.AuditAction);

        Assert.Equal(
            [("dr-a", "success"), ("dr-b", "failed")],
            rows.Where(r => r.GetProperty("action").GetString() == PhiApi.AuditAction)
                .Select(r => (r.GetProperty("userId").GetString(), r.GetProperty("outcome").GetString())).OrderBy(r => r.Item1));
        Assert.Equal("failed", nobody.GetProperty("outcome").GetString());
        Assert.Equal(("text", "dr-d", "success"), (text.GetProperty("resourceType").GetString(), text.GetProperty("userId").GetString(), text.GetProperty("outcome").GetString()));
    }

    private string Token(string role, string tenant = "clinic-a") => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims(tenant, $"{role}-1", [role]));

    private async Task<string> CreatePatientAsync(HttpClient client, string tenant)
    {
        var created = await client.SendAsync(PostJson("/api/v1/patients", PatientsApiTests.NewPatient(), DoctorToken(tenant)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> DeidentifyAsync(HttpClient client, object body, string token)
    {
        var response = await client.SendAsync(PostJson(Url, body, token));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString()!;
    }

    private async Task<List<JsonElement>> AuditRowsAsync(HttpClient client, string resourceId)
    {
        var response = await client.SendAsync(Get($"/api/v1/audit?resourceId={Uri.EscapeDataString(resourceId)}", AdminToken()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
