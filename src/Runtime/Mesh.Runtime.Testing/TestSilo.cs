using Mesh.Runtime.Hosting;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mesh.Runtime.Testing;

/// <summary>One silo of a <see cref="TestCluster"/>, running in this process with its own services and TCP ports.</summary>
public sealed class TestSilo
{
    private readonly ServiceProvider _services;

    internal TestSilo(ServiceProvider services)
    {
        _services = services;
    }

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>A grain factory whose calls start in this silo.</summary>
    public IGrainFactory GrainFactory => _services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's address in the cluster; null for the one-silo cluster without clustering.</summary>
    public SiloAddress? Address => _services.GetService<ClusterSiloService>()?.Self;

    /// <summary>The port clients connect to; 0 when the silo is no gateway.</summary>
    public int GatewayPort => _services.GetService<SiloMessaging>()?.GatewayPort ?? 0;

    /// <summary>The silos this silo sees as active.</summary>
    public IReadOnlyList<SiloAddress> ActiveSilos => _services.GetService<MembershipView>()?.ActiveSilos ?? [];

    /// <summary>Whether the silo was stopped or killed.</summary>
    public bool IsStopped { get; private set; }

    internal async Task StartAsync()
    {
        foreach (var service in _services.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    internal async Task StopAsync()
    {
        if (IsStopped)
        {
            return;
        }

        IsStopped = true;
        foreach (var service in _services.GetServices<IHostedService>().Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }

    internal ValueTask DisposeServicesAsync() => _services.DisposeAsync();

    internal async Task KillAsync()
    {
        if (IsStopped)
        {
            return;
        }

        IsStopped = true;
        // Like SIGKILL: sockets close and the silo falls silent; nothing is deactivated or written.
        await _services.GetRequiredService<ClusterSiloService>().KillAsync();
    }
}
