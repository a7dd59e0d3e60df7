using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Hosting.Operations;

/// <summary>
/// Serves Prometheus' scrape at /metrics on the management port only: the public port answers /metrics with 404, so
/// metrics (which name routes and grain types) never reach the internet through the ingress.
/// </summary>
public static class ManagementPortExtensions
{
    /// <summary>The scrape path.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Reads <c>Mesh:Management</c>; a port outside 0-65535 is reported by <see cref="MeshSettingsCheck"/>.</summary>
    public static MeshManagementOptions ManagementOptions(this IConfiguration configuration) =>
        configuration.GetSection(MeshManagementOptions.SectionName).Get<MeshManagementOptions>() ?? new MeshManagementOptions();

    /// <summary>
    /// Adds the management port to the addresses the web host already listens on (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
    /// <c>ASPNETCORE_HTTP_PORTS</c>, or ASP.NET Core's default), so setting it changes nothing else.
    /// </summary>
    public static WebApplicationBuilder AddMeshManagementPort(this WebApplicationBuilder builder)
    {
        var management = builder.Configuration.ManagementOptions();
        if (!management.Enabled)
        {
            return builder;
        }

        var configuration = builder.Configuration;
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (string.IsNullOrWhiteSpace(urls))
        {
            var ports = configuration[WebHostDefaults.HttpPortsKey];
            urls = string.IsNullOrWhiteSpace(ports)
                ? "http://localhost:5000"
                : string.Join(';', ports.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(port => $"http://*:{port}"));
        }

        builder.WebHost.UseUrls($"{urls};{ManagementUrl(management.Port)}");
        return builder;
    }

    /// <summary>Listens on the management port alone (a silo, which has no public HTTP), or nowhere reachable when none is set.</summary>
    public static WebApplicationBuilder ListenOnManagementPortOnly(this WebApplicationBuilder builder)
    {
        var management = builder.Configuration.ManagementOptions();
        builder.WebHost.UseUrls(management.Enabled ? ManagementUrl(management.Port) : "http://127.0.0.1:0");
        return builder;
    }

    /// <summary>Answers /metrics on the management port; put it first, before authentication.</summary>
    public static WebApplication UseMeshMetricsOnManagementPort(this WebApplication app)
    {
        var management = app.Configuration.ManagementOptions();
        if (management.Enabled)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
                context.Connection.LocalPort == management.Port
                && context.Request.Path.Equals(MetricsPath, StringComparison.OrdinalIgnoreCase));
        }

        return app;
    }

    private static string ManagementUrl(int port) => $"http://*:{port.ToString(CultureInfo.InvariantCulture)}";
}
