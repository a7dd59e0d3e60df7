using Mesh.Runtime.Hosting;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>Three silos whose membership table and directory live in one SQLite file, as processes on one machine would share it.</summary>
[Collection("cluster")]
public sealed class SqliteClusterTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("mesh-cluster-");
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(3, silo => silo.AddGrains(typeof(ActivationCountGrain).Assembly)
            .UseSqliteClustering(_folder.Combine("cluster.db")));

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task SqliteDirectory_ConcurrentFirstCallsFromAllSilos_OneActivationEach_AndKilledSiloIsReplaced()
    {
        var prefix = $"sqlite-{Guid.NewGuid():N}-";
        var keys = Enumerable.Range(0, 200).Select(i => prefix + i).ToList();
        var silos = _cluster.Silos;

        var first = await Task.WhenAll(keys.SelectMany(key => Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => silos[i % 3].GrainFactory.GetGrain<IActivationCountGrain>(key).TouchAsync()))));
        Assert.All(first, n => Assert.Equal(1, n));
        Assert.All(keys, key => Assert.Equal(1, ActivationCountGrain.Activations[key]));

        await _cluster.KillSiloAsync(silos[2]);
        var where = await Task.WhenAll(keys.Select(key => silos[0].GrainFactory.GetGrain<IActivationCountGrain>(key).WhereAsync()));

        Assert.DoesNotContain(silos[2].Address!.ToString(), where);
        var table = (IMembershipTable)silos[0].Services.GetService(typeof(IMembershipTable))!;
        Assert.Equal(SiloStatus.Dead, (await table.ReadAsync()).Entries.Single(e => e.Silo == silos[2].Address).Status);
    }
}
