using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Mesh.TestSupport;

namespace Mesh.Silo.Tests.Operations;

/// <summary>The silo process serves what its probes and Prometheus ask for, on its management port only.</summary>
public sealed class SiloManagementPortTests
{
    [Fact]
    public async Task A_silo_answers_live_ready_with_its_membership_and_storage_and_metrics_on_its_management_port()
    {
        using var folder = new TempDirectory("mesh-silo-");
        var management = FreePort();
        using var silo = SiloProcess.Start(folder.Path, new Dictionary<string, string?>
        {
            ["Mesh:Storage:Provider"] = "Sqlite",
            ["Mesh:Management:Port"] = management.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{management}") };

        var ready = await WaitForReadyAsync(http, silo);
        var checks = ready.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("membership").GetProperty("status").GetString());
        Assert.Contains("is Active", checks.GetProperty("membership").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", checks.GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        var metrics = await http.GetStringAsync("/metrics");
        Assert.Contains("orleans_", metrics, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", metrics, StringComparison.Ordinal);

        var exitCode = await silo.StopAsync(TimeSpan.FromSeconds(30));
        Assert.True(exitCode == 0, silo.Output);
    }

    private static async Task<JsonElement> WaitForReadyAsync(HttpClient http, SiloProcess silo)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(silo.HasExited, silo.Output);
            try
            {
                var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    return body.RootElement.Clone();
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Assert.True(DateTime.UtcNow < deadline, $"{silo} did not become ready:\n{silo.Output}");
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
