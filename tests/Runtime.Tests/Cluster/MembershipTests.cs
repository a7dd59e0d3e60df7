using System.Diagnostics;
using System.Net.Sockets;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>Silos noticing each other's death: by probes and votes, by stale heartbeats, and by reading their own row.</summary>
[Collection("cluster")]
public sealed class MembershipTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(3, silo => silo.AddGrains(typeof(ActivationCountGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task KilledSilo_IsVotedDeadByItsPeers()
    {
        var victim = _cluster.Silos[2];
        var watch = Stopwatch.StartNew();

        await _cluster.KillSiloAsync(victim);
        var entry = await WaitForStatusAsync(victim.Address!, SiloStatus.Dead, TimeSpan.FromSeconds(10));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"declared dead after {watch.Elapsed}");
        Assert.NotEmpty(entry.Suspicions);
        await _cluster.WaitForMembershipAsync();
    }

    [Fact]
    public async Task SiloWithStaleHeartbeat_IsDeclaredDeadWithoutVotes()
    {
        var ghost = new SiloAddress("127.0.0.1", 9, 1);
        var longAgo = DateTimeOffset.UtcNow.AddMinutes(-5);
        var version = (await _cluster.MembershipTable.ReadAsync()).Version;
        Assert.True(await _cluster.MembershipTable.TryWriteAsync(new MembershipEntry(ghost, SiloStatus.Active, longAgo, longAgo, 0, []), version));

        var entry = await WaitForStatusAsync(ghost, SiloStatus.Dead, TimeSpan.FromSeconds(5));

        Assert.Empty(entry.Suspicions);
    }

    [Fact]
    public async Task SiloThatReadsItselfDead_StopsServingAndItsGrainsMove()
    {
        var doomed = _cluster.Silos[2];
        var keys = Enumerable.Range(0, 40).Select(i => $"doomed-{Guid.NewGuid():N}-{i}").ToList();
        var before = await Task.WhenAll(keys.Select(k => _cluster.Silos[0].GrainFactory.GetGrain<IActivationCountGrain>(k).WhereAsync()));
        Assert.Contains(doomed.Address!.ToString(), before);

        await MarkDeadAsync(doomed.Address!);
        await WaitUntilRefusedAsync(doomed.Address!, TimeSpan.FromSeconds(5));

        var after = await Task.WhenAll(keys.Select(k => _cluster.Silos[0].GrainFactory.GetGrain<IActivationCountGrain>(k).WhereAsync()));
        Assert.DoesNotContain(doomed.Address!.ToString(), after);
    }

    private async Task MarkDeadAsync(SiloAddress silo)
    {
        while (true)
        {
            var snapshot = await _cluster.MembershipTable.ReadAsync();
            var entry = snapshot.Entries.Single(e => e.Silo == silo);
            if (await _cluster.MembershipTable.TryWriteAsync(entry with { Status = SiloStatus.Dead }, snapshot.Version))
            {
                return;
            }
        }
    }

    private static async Task WaitUntilRefusedAsync(SiloAddress silo, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(silo.EndPoint);
            }
            catch (SocketException)
            {
                return;
            }

            Assert.True(watch.Elapsed < limit, $"{silo} still accepts connections after {limit}");
            await Task.Delay(50);
        }
    }

    private async Task<MembershipEntry> WaitForStatusAsync(SiloAddress silo, SiloStatus status, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var entry = (await _cluster.MembershipTable.ReadAsync()).Entries.Single(e => e.Silo == silo);
            if (entry.Status == status)
            {
                return entry;
            }

            Assert.True(watch.Elapsed < limit, $"{silo} is still {entry.Status} after {limit}");
            await Task.Delay(50);
        }
    }
}
