using Mesh.Grains.Hosting.Operations;
using Mesh.Grains.Telemetry;

namespace Mesh.WebFrontend.Hosting;

/// <summary>What operators get from a WebFrontend: OpenTelemetry, /metrics on the management port, the dashboard.</summary>
public static class OperationsExtensions
{
    /// <summary>Telemetry (OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set) and the management port (Mesh:Management:Port).</summary>
    public static WebApplicationBuilder AddMeshOperations(this WebApplicationBuilder builder)
    {
        builder.AddMeshManagementPort();
        builder.Services.AddMeshTelemetry(builder.Configuration, "mesh-webfrontend");
        return builder;
    }
}
