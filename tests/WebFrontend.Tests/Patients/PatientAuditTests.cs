using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Patients;

public sealed class PatientAuditTests : WebTestBase
{
    [Fact]
    public async Task EveryReadAndWrite_LeavesExactlyOneAuditRowWithUserAndOutcome()
    {
        var client = CreateClient();
        var created = await client.SendAsync(PostJson("/api/v1/patients", PatientsApiTests.NewPatient(), DoctorToken(userId: "dr-a")));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await client.SendAsync(Get($"/api/v1/patients/{id}", DoctorToken(userId: "dr-b")));
        await client.SendAsync(Get("/api/v1/patients/doesnotexist", DoctorToken(userId: "dr-c")));

        var rows = await AuditRowsAsync(client, id!);
        var missing = await AuditRowsAsync(client, "doesnotexist");

        Assert.Collection(
            rows.OrderBy(r => r.GetProperty("action").GetString()),
            create => AssertRow(create, "create", "dr-a", "success"),
            read => AssertRow(read, "read", "dr-b", "success"));
        AssertRow(Assert.Single(missing), "read", "dr-c", "failed");
    }

    [Fact]
    public async Task AuditRows_SurviveRestartBecauseTheyAreInTheDatabase()
    {
        var first = CreateFactory();
        var firstClient = first.CreateClient();
        await firstClient.SendAsync(Get("/api/v1/patients/p1", DoctorToken()));
        await first.DisposeAsync();

        var rows = await AuditRowsAsync(CreateClient(), "p1");

        Assert.Single(rows);
    }

    private async Task<List<JsonElement>> AuditRowsAsync(HttpClient client, string resourceId)
    {
        var response = await client.SendAsync(Get($"/api/v1/audit?resourceId={resourceId}", AdminToken()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private static void AssertRow(JsonElement row, string action, string user, string outcome)
    {
        Assert.Equal(action, row.GetProperty("action").GetString());
        Assert.Equal(user, row.GetProperty("userId").GetString());
        Assert.Equal(outcome, row.GetProperty("outcome").GetString());
        Assert.Equal("clinic-a", row.GetProperty("tenant").GetString());
        Assert.False(string.IsNullOrEmpty(row.GetProperty("correlationId").GetString()));
    }
}
