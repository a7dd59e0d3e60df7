using Mesh.Grains.Tests.Cluster;

namespace Mesh.Grains.Tests.Claims;

/// <summary>One silo shared by the claim tests of a class; each test works in a clinic of its own.</summary>
public sealed class ClaimClusterFixture : IAsyncLifetime
{
    private int _clinics;

    public MeshCluster Silo { get; private set; } = null!;

    public IGrainFactory Grains => Silo.Client;

    public string NewClinic() => $"clinic-{Interlocked.Increment(ref _clinics)}";

    public async Task InitializeAsync() => Silo = await MeshCluster.StartAsync();

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
