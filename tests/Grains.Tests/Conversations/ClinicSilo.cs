using Mesh.Grains.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Conversations;

/// <summary>A one-silo cluster hosting Mesh's grains on a SQLite file in a temp folder, with offline AI providers.</summary>
public sealed class ClinicSilo : IAsyncDisposable
{
    private readonly TempDirectory _folder;

    private ClinicSilo(TestCluster cluster, TempDirectory folder)
    {
        Cluster = cluster;
        _folder = folder;
    }

    public TestCluster Cluster { get; }

    public static async Task<ClinicSilo> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = new TempDirectory("mesh-clinic-");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var cluster = await TestCluster.StartAsync(_ => { }, services => services
            .AddSingleton<IConfiguration>(configuration)
            .AddMeshClinicSilo(configuration, _ => folder.Path));
        return new ClinicSilo(cluster, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _folder.Dispose();
    }
}
