using Mesh.Grains.Hosting;
using Mesh.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Mesh.Grains.Tests.Conversations;

/// <summary>One Orleans silo (Orleans' in-process test cluster) hosting Mesh's grains on a SQLite file in a temp folder, with offline AI providers.</summary>
public sealed class ClinicSilo : IAsyncDisposable
{
    private readonly TempDirectory _folder;

    private ClinicSilo(InProcessTestCluster cluster, TempDirectory folder)
    {
        Cluster = cluster;
        _folder = folder;
    }

    public InProcessTestCluster Cluster { get; }

    /// <summary>Grain references from the test's cluster client.</summary>
    public IGrainFactory GrainFactory => Cluster.Client;

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => Cluster.GetSiloServiceProvider();

    public static async Task<ClinicSilo> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = new TempDirectory("mesh-clinic-");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<IConfiguration>(configuration);
            silo.AddMeshClinicSilo(configuration, _ => folder.Path);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new ClinicSilo(cluster, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _folder.Dispose();
    }
}
