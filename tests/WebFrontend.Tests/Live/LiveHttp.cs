using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Patients;

namespace Mesh.WebFrontend.Tests.Live;

/// <summary>The REST calls a live test makes before it connects: a local-mode token and a patient.</summary>
public sealed class LiveHttp(Uri server)
{
    public async Task<string> TokenAsync(string tenant = "clinic-a", string userId = "dr-live", string role = "doctor")
    {
        using var http = new HttpClient { BaseAddress = server };
        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { tenant, userId, roles = new[] { role }, name = "Dr Live" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<string> CreatePatientAsync(string token)
    {
        using var http = new HttpClient { BaseAddress = server };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.PostAsJsonAsync("/api/v1/patients", PatientsApiTests.NewPatient("Ödön", "Kovács"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
