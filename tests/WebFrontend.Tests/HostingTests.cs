using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests;

public sealed class HostingTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoint_AnswersAnonymously(string path)
    {
        var client = CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadinessCheck_FailingMakesReadyUnhealthyButNotLive()
    {
        var factory = CreateFactory().WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            Mesh.WebFrontend.Hosting.MeshHealthChecks.AddMeshReadinessCheck<FailingCheck>(services, "failing-probe")));
        var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_IsServedAndListsAudit()
    {
        var client = CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        response.EnsureSuccessStatusCode();
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/audit", out _));
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api/v1/%01%1B%7F")]
    [InlineData("/no/such/page")]
    public async Task UnknownRoute_Is404Problem(string path)
    {
        var client = CreateClient();

        var response = await client.GetAsync(path);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task VeryLongUnknownPath_Is404Problem()
    {
        var client = CreateClient();

        var response = await client.GetAsync("/api/v1/" + new string('a', 10_000));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnhandledError_Is500ProblemWithoutInternals()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get("/api/v1/test/boom", DoctorToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internal detail", problem.ToString(), StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("correlationId", out _));
    }

    [Fact]
    public async Task WriteLostWithItsSilo_Is503WithRetryAfterNot500()
    {
        var client = CreateClient();

        var response = await client.SendAsync(PostJson("/api/v1/test/silo-gone", new { }, DoctorToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("5", response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("nothing of it was acknowledged", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("11111", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteRefusedToAStaleActivation_Is503WithRetryAfterNot500()
    {
        var client = CreateClient();

        var response = await client.SendAsync(PostJson("/api/v1/test/stale-activation", new { }, DoctorToken()));

        var problem = await response.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Contains("nothing of it was acknowledged", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("11111", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/audit")]
    [InlineData("/health/live")]
    [InlineData("/no/such/page")]
    public async Task EveryResponse_CarriesSecurityHeaders(string path)
    {
        var client = CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiResponses_AreNotCached()
    {
        var client = CreateClient();

        var response = await client.SendAsync(Get("/api/v1/audit", AdminToken()));

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Cors_AllowsConfiguredOriginOnly()
    {
        var client = CreateClient(new Dictionary<string, string?> { ["Mesh:Cors:AllowedOrigins:0"] = "https://clinic.example" });

        var allowed = await client.SendAsync(Preflight("https://clinic.example"));
        var denied = await client.SendAsync(Preflight("https://evil.example"));

        Assert.Equal("https://clinic.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_WithNoConfiguredOrigins_AllowsNone()
    {
        var client = CreateClient();
        var request = Get("/health/live");
        request.Headers.Add("Origin", "https://clinic.example");

        var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task MissingProductionAuthConfig_StopsStart()
    {
        var factory = CreateFactory(new Dictionary<string, string?>
        {
            ["Mesh:Auth:Issuer"] = null,
            ["Mesh:Auth:PublicKeyFiles:0"] = null,
            ["Mesh:Auth:PublicKeyFiles:1"] = null,
        });

        // Program refuses the start before it builds a host (the message naming the settings goes to standard error:
        // see Operations/StartupSettingsTests, which reads it from a real process).
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/audit");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }

    private sealed class FailingCheck : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
    {
        public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
            Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("storage down"));
    }
}
