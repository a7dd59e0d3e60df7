using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.WebFrontend.Tests.Patients;

/// <summary>
/// Clinic B must not see or touch clinic A's patients. The routes come from the endpoint data source, so a route added
/// later under /patients/{id} is covered without editing this test.
/// </summary>
public sealed class CrossTenantTests : WebTestBase
{
    [Fact]
    public async Task OtherClinicsToken_Gets404OnEveryPatientRoute()
    {
        var factory = CreateFactory();
        var client = factory.CreateClient();
        var created = await client.SendAsync(PostJson("/api/v1/patients", PatientsApiTests.NewPatient(), DoctorToken("clinic-a")));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var routes = PatientRoutesWithId(factory.Services);
        Assert.NotEmpty(routes);

        foreach (var (method, template) in routes)
        {
            var request = new HttpRequestMessage(new HttpMethod(method), template.Replace("{id}", id, StringComparison.Ordinal))
            {
                Headers = { Authorization = new("Bearer", DoctorToken("clinic-b", "dr-b")) },
            };
            if (method is "POST" or "PUT")
            {
                request.Content = JsonContent.Create(PatientsApiTests.NewPatient(family: "Overwritten"));
            }

            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {template}: {response.StatusCode}");
        }

        var own = await (await client.SendAsync(Get($"/api/v1/patients/{id}", DoctorToken("clinic-a")))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Kovács", own.GetProperty("familyName").GetString());
    }

    [Fact]
    public async Task Search_ShowsOnlyOwnClinic()
    {
        var client = CreateClient();
        await client.SendAsync(PostJson("/api/v1/patients", PatientsApiTests.NewPatient(), DoctorToken("clinic-a")));

        var page = await (await client.SendAsync(Get("/api/v1/patients", DoctorToken("clinic-b")))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    private static List<(string Method, string Template)> PatientRoutesWithId(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/v1/patients/{id}", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))];
}
