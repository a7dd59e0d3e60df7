using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Mesh.Grains.Telemetry;

/// <summary>
/// OpenTelemetry for a Mesh process (silo or WebFrontend): traces from ASP.NET Core (REST and hub calls) through Orleans'
/// grain calls to Npgsql and the AI providers' HttpClients; metrics of Mesh, Orleans, ASP.NET Core, HttpClient, Npgsql
/// and the runtime. Prometheus reads them at /metrics on the management port; OTLP receives everything when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the other standard OTEL_* variables).
/// </summary>
public static class MeshTelemetryExtensions
{
    /// <summary>Orleans' activity sources: the runtime's own calls and the application's grain calls.</summary>
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    /// <summary>ASP.NET Core's spans of SignalR hub method invocations (each live-encounter call from a client).</summary>
    public const string SignalRActivitySource = "Microsoft.AspNetCore.SignalR.Server";

    /// <summary>Orleans' meter: messaging, activations, membership, storage.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Npgsql's meter: connection pools and command durations.</summary>
    public const string NpgsqlMeter = "Npgsql";

    /// <summary>Adds OpenTelemetry with Mesh's sources, meters and exporters; <paramref name="serviceName"/> names the process kind.</summary>
    public static IServiceCollection AddMeshTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(MeshMetrics.Name)
                .AddSource(OrleansActivitySources)
                .AddSource(SignalRActivitySource)
                .AddAspNetCoreInstrumentation(options => options.RecordException = false)
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(MeshMetrics.Name, OrleansMeter, NpgsqlMeter)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
