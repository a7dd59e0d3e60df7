using Orleans.Hosting;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mesh.Benchmarks;

/// <summary>
/// One Orleans silo hosted in this process on free loopback ports (localhost clustering, cluster and service "dev"),
/// logging warnings only and to stderr, so stdout keeps the benchmark's line. Stop it by disposing the host.
/// </summary>
internal static class BenchmarkSilo
{
    /// <summary>Starts a silo; <paramref name="configure"/> adds grains' storage and services.</summary>
    public static async Task<(IHost Host, int GatewayPort)> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<ISiloBuilder, IConfiguration>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        Quiet(builder.Logging);
        var gatewayPort = FreePort();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), gatewayPort);
            configure?.Invoke(silo, builder.Configuration);
        });
        var host = builder.Build();
        await host.StartAsync();
        return (host, gatewayPort);
    }

    /// <summary>A cluster client of a silo started by <see cref="StartAsync"/>, connected through its gateway over loopback TCP.</summary>
    public static async Task<IHost> StartClientAsync(int gatewayPort)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        Quiet(builder.Logging);
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Quiet(ILoggingBuilder logging) => logging
        .SetMinimumLevel(LogLevel.Warning)
        .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
}
