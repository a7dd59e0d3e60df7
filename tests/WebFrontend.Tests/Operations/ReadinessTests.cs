using System.Net;
using System.Text.Json;
using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Scribe;
using Microsoft.AspNetCore.Http;

namespace Mesh.WebFrontend.Tests.Operations;

/// <summary>/health/ready names the silo's membership status, storage and each configured AI endpoint.</summary>
public sealed class ReadinessTests : WebTestBase
{
    [Fact]
    public async Task Ready_reports_membership_storage_and_a_reachable_ai_endpoint_as_healthy()
    {
        await using var speech = await FakeSpeechServer.StartAsync([], TimeSpan.Zero);
        var client = CreateClient(new Dictionary<string, string?>(speech.Settings(translation: false, textToSpeech: false)));

        var (code, report) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("membership").GetProperty("status").GetString());
        Assert.Contains("Active", checks.GetProperty("membership").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", checks.GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("ai-SpeechToText").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_optional_ai_endpoint_that_is_down_makes_ready_degraded_but_still_ready()
    {
        var client = CreateClient(DeadChatEndpoint());

        var (code, report) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        var chat = report.GetProperty("checks").GetProperty("ai-Chat");
        Assert.Equal("Degraded", chat.GetProperty("status").GetString());
        Assert.Contains("does not answer", chat.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_required_ai_endpoint_that_is_down_makes_ready_fail()
    {
        var settings = DeadChatEndpoint();
        settings["Mesh:Health:RequiredAi:0"] = "Chat";
        var client = CreateClient(settings);

        var (code, report) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("ai-Chat").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Metrics_with_meshs_own_meters_are_served_on_the_management_port_and_not_on_the_public_port()
    {
        const int managementPort = 65001;
        var factory = CreateFactory(new Dictionary<string, string?> { ["Mesh:Management:Port"] = "65001" });
        var client = factory.CreateClient();
        // A draft is composed, so Mesh's own meters have something to show.
        var scribe = new ScribeClient(client, (roles, _) => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "dr-house", roles)));
        await scribe.DraftAsync(await scribe.CreatePatientAsync());

        var publicScrape = await ScrapeAsync(factory, port: 443);
        var managementScrape = await ScrapeAsync(factory, managementPort);

        Assert.Equal(StatusCodes.Status404NotFound, publicScrape.Status);
        Assert.Equal(StatusCodes.Status200OK, managementScrape.Status);
        Assert.Contains("mesh_drafts_total", managementScrape.Body, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", managementScrape.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("mesh_drafts_total", publicScrape.Body, StringComparison.Ordinal);
    }

    /// <summary>GET /metrics as if it arrived on <paramref name="port"/>: the test server has no sockets, so the port is set on the request.</summary>
    private static async Task<(int Status, string Body)> ScrapeAsync(MeshWebFactory factory, int port)
    {
        var context = await factory.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = "/metrics";
            request.Connection.LocalPort = port;
        });
        using var reader = new StreamReader(context.Response.Body);
        return (context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    private static Dictionary<string, string?> DeadChatEndpoint() => new()
    {
        // A port nothing listens on: connections are refused at once.
        ["Mesh:AI:Chat:BaseUrl"] = $"http://127.0.0.1:{ClosedPort()}/v1",
        ["Mesh:AI:Chat:Model"] = "any",
        ["Mesh:AI:Chat:ApiKey"] = "sk-secret",
    };

    private static async Task<(HttpStatusCode Code, JsonElement Report)> ReadyAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health/ready");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
