using Mesh.Grains.Hosting;
using Mesh.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// Orleans' in-process test cluster of Mesh silos (<see cref="MeshSiloHostExtensions.AddMeshClinicSilo"/>), all on one
/// database: a SQLite file in a temp folder by default, or what <c>Mesh:Storage</c> in the settings names.
/// </summary>
public sealed class MeshCluster : IAsyncDisposable
{
    private readonly TempDirectory _folder;

    private MeshCluster(InProcessTestCluster cluster, TempDirectory folder)
    {
        Cluster = cluster;
        _folder = folder;
    }

    public InProcessTestCluster Cluster { get; }

    /// <summary>The test's cluster client.</summary>
    public IClusterClient Client => Cluster.Client;

    /// <summary>The services of the first silo still running.</summary>
    public IServiceProvider Services => Cluster.Silos[0].SiloHost.Services;

    /// <param name="silos">How many silos to start.</param>
    /// <param name="settings">Mesh configuration, e.g. Mesh:Storage or Mesh:AI.</param>
    /// <param name="configure">More silo configuration, applied after Mesh's.</param>
    public static async Task<MeshCluster> StartAsync(short silos = 1, IDictionary<string, string?>? settings = null, Action<ISiloBuilder>? configure = null)
    {
        var folder = new TempDirectory("mesh-cluster-");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
            var builder = new InProcessTestClusterBuilder(silos);
            builder.Options.ConfigureFileLogging = false;
            // Fixed as in production ("mesh"): Orleans' ADO.NET storage keys state by service, and a restarted silo must find it.
            builder.Options.ServiceId = "mesh";
            builder.ConfigureSilo((_, silo) =>
            {
                silo.Services.AddSingleton<IConfiguration>(configuration);
                silo.AddMeshClinicSilo(configuration, _ => folder.Path);
                configure?.Invoke(silo);
            });
            var cluster = builder.Build();
            await cluster.DeployAsync();
            return new MeshCluster(cluster, folder);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _folder.Dispose();
    }
}
