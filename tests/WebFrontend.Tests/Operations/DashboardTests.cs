using System.Net;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Operations;

/// <summary>The Orleans Dashboard at /dashboard: administrators only, by bearer token or by the clinic page's session cookie.</summary>
public sealed class DashboardTests : WebTestBase
{
    [Fact]
    public async Task Dashboard_refuses_anonymous_callers_with_401_and_doctors_with_403()
    {
        var client = CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/dashboard/DashboardCounters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Get("/dashboard/", DoctorToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Get("/dashboard/DashboardCounters", DoctorToken()))).StatusCode);
    }

    [Fact]
    public async Task An_administrator_with_a_bearer_token_sees_the_dashboard_and_the_silo_hosting_the_grains()
    {
        var client = CreateClient();

        var page = await client.SendAsync(Get("/dashboard/", AdminToken()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);

        var hosts = await ActiveSilosAsync(client, AdminToken());
        Assert.Single(hosts);
    }

    [Fact]
    public async Task The_clinic_pages_session_opens_the_dashboard_through_an_http_only_cookie_for_administrators_only()
    {
        var factory = CreateFactory();
        var client = factory.CreateClient(new() { HandleCookies = false });

        var refused = await client.SendAsync(Post("/api/v1/dashboard/session", new StringContent(""), DoctorToken()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var session = await client.SendAsync(Post("/api/v1/dashboard/session", new StringContent(""), AdminToken()));
        Assert.Equal(HttpStatusCode.NoContent, session.StatusCode);
        var cookie = Assert.Single(session.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/dashboard", cookie, StringComparison.OrdinalIgnoreCase);

        // The dashboard's own requests carry only the cookie.
        var counters = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        counters.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(counters)).StatusCode);

        // A doctor's token in that cookie opens nothing, and the cookie is never read outside /dashboard.
        var doctorCookie = new HttpRequestMessage(HttpMethod.Get, "/dashboard/DashboardCounters");
        doctorCookie.Headers.Add("Cookie", $"mesh.dashboard={DoctorToken()}");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(doctorCookie)).StatusCode);
        var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit");
        elsewhere.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(elsewhere)).StatusCode);
    }

    /// <summary>The silos the dashboard lists as active, once it lists <paramref name="expected"/> (it collects every second).</summary>
    internal static async Task<List<JsonElement>> ActiveSilosAsync(HttpClient client, string adminToken, int expected = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await client.SendAsync(Get("/dashboard/DashboardCounters", adminToken));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var counters = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            List<JsonElement> active = [.. counters.RootElement.GetProperty("hosts").EnumerateArray()
                .Where(host => host.GetProperty("status").GetString() == "Active")
                .Select(host => host.Clone())];
            if (active.Count >= expected || DateTime.UtcNow > deadline)
            {
                return active;
            }

            await Task.Delay(200);
        }
    }
}
