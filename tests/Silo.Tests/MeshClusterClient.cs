using Mesh.Grains.Hosting;
using Mesh.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Mesh.Silo.Tests;

/// <summary>An Orleans cluster client of a test cluster, as a WebFrontend is one: gateways from the membership table.</summary>
internal sealed class MeshClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private MeshClusterClient(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Grains { get; }

    public IManagementGrain Management => Grains.GetGrain<IManagementGrain>(0);

    /// <summary>
    /// Connects to the gateways the membership table lists as active. Calls time out after 10 s (Orleans' default is
    /// 30 s) so a call lost with a killed silo is retried within the test's patience; the gateway list is re-read every
    /// <paramref name="gatewayRefresh"/> (default 2 s) so restarted silos are used again.
    /// </summary>
    public static async Task<MeshClusterClient> StartAsync(SiloCluster cluster, TimeSpan? gatewayRefresh = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = "mesh";
            })
            .Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(10))
            .Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = gatewayRefresh ?? TimeSpan.FromSeconds(2))
            .UseAdoNetClustering(options =>
            {
                options.Invariant = MeshSiloHostExtensions.PostgreSqlInvariant;
                options.ConnectionString = cluster.ConnectionString;
            }));
        var host = builder.Build();
        await host.StartAsync();
        return new MeshClusterClient(host);
    }

    /// <summary>The silo process hosting the grain's activation, or null when it is not active.</summary>
    public async Task<SiloProcess?> HostOfAsync(SiloCluster cluster, IAddressable grain) =>
        await Management.GetActivationAddress(grain) is { } address ? cluster.WithPort(address.Endpoint.Port) : null;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
