using Mesh.Grains.Hosting;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// Makes a silo of Orleans' classic test cluster a Mesh silo; that cluster builds silos from configuration, so the data
/// folder comes as the <see cref="DataDirectoryKey"/> property of its builder.
/// </summary>
public sealed class MeshSiloConfigurator : ISiloConfigurator
{
    public const string DataDirectoryKey = "MeshTests:DataDirectory";

    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.AddMeshClinicSilo(siloBuilder.Configuration, _ => siloBuilder.Configuration[DataDirectoryKey]
            ?? throw new InvalidOperationException($"The test cluster builder sets no {DataDirectoryKey}."));
}
