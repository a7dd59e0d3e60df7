using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Patients;

/// <summary>
/// The patient routes. Tests that count a clinic's patients or restart the host get a host of their own; the others
/// share the class's host, each on patients it made itself.
/// </summary>
public sealed class PatientsApiTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    public static object NewPatient(string given = "Ödön", string family = "Kovács") => new
    {
        givenName = given,
        familyName = family,
        birthDate = "1961-04-12",
        sex = "male",
        language = "hu",
        identifiers = new[] { new { system = "national-id", value = "123-456-789" } },
        medications = new[] { new { name = "metformin", dose = "500 mg", route = "oral", frequency = "twice daily", active = true } },
        allergies = new[] { new { substance = "penicillin", reaction = "rash" } },
    };

    [Fact]
    public async Task CreateThenGet_ReturnsThePatient()
    {
        var client = CreateClient();

        var created = await client.SendAsync(PostJson("/api/v1/patients", NewPatient(), DoctorToken()));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal($"/api/v1/patients/{id}", created.Headers.Location?.ToString());

        var read = await client.SendAsync(Get($"/api/v1/patients/{id}", DoctorToken()));
        var patient = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ödön", patient.GetProperty("givenName").GetString());
        Assert.Equal("metformin", patient.GetProperty("medications")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Update_ReplacesDemographics()
    {
        var client = CreateClient();
        var id = await CreateAsync(client);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/patients/{id}")
        {
            Content = JsonContent.Create(NewPatient(family: "Kiss")),
            Headers = { Authorization = new("Bearer", DoctorToken()) },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await (await client.SendAsync(Get($"/api/v1/patients/{id}", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Kiss", read.GetProperty("familyName").GetString());
    }

    [Fact]
    public async Task Search_FindsByNameWithoutAccentsAndPages()
    {
        var client = CreateFactory().CreateClient();
        await CreateAsync(client, NewPatient("Ödön", "Kovács"));
        await CreateAsync(client, NewPatient("Anna", "Kovács"));
        await CreateAsync(client, NewPatient("Béla", "Nagy"));

        var page = await (await client.SendAsync(Get("/api/v1/patients?name=kovacs&limit=1", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Context_ListsActiveMedicationsAndAllergies()
    {
        var client = CreateClient();
        var id = await CreateAsync(client);

        var context = await (await client.SendAsync(Get($"/api/v1/patients/{id}/context", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("hu", context.GetProperty("language").GetString());
        Assert.Equal("penicillin", context.GetProperty("allergies")[0].GetProperty("substance").GetString());
        Assert.Equal("metformin", context.GetProperty("activeMedications")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task InvalidPatient_Is400NamingEveryBadField()
    {
        var client = CreateClient();

        var response = await client.SendAsync(PostJson("/api/v1/patients", new { givenName = "", familyName = "X\u0001", birthDate = "2999-01-01", language = "hungarian!" }, DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "givenName", "familyName", "birthDate", "sex", "language" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    [Fact]
    public async Task UnknownField_Is400AndCreatesNothing()
    {
        var client = CreateFactory().CreateClient();
        var body = "{\"givenName\":\"A\",\"familyName\":\"B\",\"birthDate\":\"1990-01-01\",\"sex\":\"female\",\"language\":\"en\",\"isAdmin\":true}";

        var response = await client.SendAsync(Post("/api/v1/patients", new StringContent(body, Encoding.UTF8, "application/json"), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await (await client.SendAsync(Get("/api/v1/patients", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("billing")]
    public async Task RoleWithoutPatientAccess_Is403(string role)
    {
        var client = CreateClient();
        var token = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "someone", [role]));

        var response = await client.SendAsync(Get("/api/v1/patients", token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HostileId_Is404NotServerError()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get($"/api/v1/patients/{Uri.EscapeDataString("../../x\n<script>" + new string('a', 5000))}", DoctorToken()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Patient_SurvivesRestart()
    {
        var first = CreateFactory();
        var id = await CreateAsync(first.CreateClient());
        await first.DisposeAsync();

        var again = CreateFactory().CreateClient();
        var response = await again.SendAsync(Get($"/api/v1/patients/{id}", DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<string> CreateAsync(HttpClient client, object? patient = null)
    {
        var response = await client.SendAsync(PostJson("/api/v1/patients", patient ?? NewPatient(), DoctorToken()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
