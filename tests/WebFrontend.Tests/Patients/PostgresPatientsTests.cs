using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Patients;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;

/// <summary>The patient flow with grain state and audit in PostgreSQL instead of SQLite.</summary>
[Collection("postgres")]
public sealed class PostgresPatientsTests(PostgresFixture postgres) : WebTestBase
{
    [Fact]
    public async Task PatientAndAudit_SurviveRestartOnPostgreSql()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mesh:Storage:Provider"] = "PostgreSql",
            ["Mesh:Storage:ConnectionString"] = await postgres.CreateDatabaseAsync(),
        };
        var first = CreateFactory(settings);
        var created = await first.CreateClient().SendAsync(PostJson("/api/v1/patients", PatientsApiTests.NewPatient(), DoctorToken()));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await first.DisposeAsync();

        var client = CreateClient(settings);
        var read = await client.SendAsync(Get($"/api/v1/patients/{id}", DoctorToken()));
        var audit = await (await client.SendAsync(Get($"/api/v1/audit?resourceId={id}", AdminToken()))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(2, audit.GetProperty("items").GetArrayLength());
        Assert.False(File.Exists(Path.Combine(DataDirectory, "mesh.db")));
    }
}
