using System.Diagnostics;
using Mesh.Runtime.Client;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>A process without grains calling the cluster through gateway silos.</summary>
[Collection("cluster")]
public sealed class ClusterClientTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(3, silo => silo.AddGrains(typeof(ActivationCountGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Client_CallsGrainsOnEverySiloThroughOneGateway()
    {
        await using var client = _cluster.CreateClient();

        var hosts = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => client.GetGrain<IActivationCountGrain>($"client-{Guid.NewGuid():N}-{i}").WhereAsync()));
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.GetGrain<IActivationCountGrain>("client-fail").FailAsync("no such dose"));

        Assert.Equal(3, hosts.Distinct().Count());
        Assert.Contains("no such dose", error.Message);
    }

    private static async Task<string> FindKeyNotHostedOnAsync(ClusterClient client, string silo)
    {
        for (var i = 0; ; i++)
        {
            var key = $"hub-{Guid.NewGuid():N}-{i}";
            if (await client.GetGrain<IAlertHubGrain>(key).WhereAsync() != silo)
            {
                return key;
            }
        }
    }

    private sealed class AlertCollector : IAlertObserver
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Received { get; } = new();

        public Task OnAlertAsync(string alert)
        {
            Received.Enqueue(alert);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Client_WhoseGatewayDies_FailsOverAndKeepsItsState()
    {
        await using var client = _cluster.CreateClient(TimeSpan.FromSeconds(5));
        var keys = Enumerable.Range(0, 30).Select(i => $"failover-{Guid.NewGuid():N}-{i}").ToList();
        var totals = await Task.WhenAll(keys.Select(k => client.GetGrain<IActivationCountGrain>(k).AddAsync(5)));
        Assert.All(totals, t => Assert.Equal(5, t));

        await _cluster.KillSiloAsync(_cluster.Silos[0]);
        var watch = Stopwatch.StartNew();
        int[] after;
        while (true)
        {
            try
            {
                after = await Task.WhenAll(keys.Select(k => client.GetGrain<IActivationCountGrain>(k).AddAsync(1)));
                break;
            }
            catch (SiloUnavailableException) when (watch.Elapsed < TimeSpan.FromSeconds(15))
            {
                // Calls in flight on the dead gateway's connection fail once; the next ones go elsewhere.
            }
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"client recovered after {watch.Elapsed}");
        Assert.All(after, t => Assert.True(t >= 6, $"total {t} lost the acknowledged write"));
    }

    [Fact]
    public async Task Observer_InClient_GetsCallbacksFromAGrain_AlsoAfterItsGatewayDies()
    {
        await using var client = _cluster.CreateClient(TimeSpan.FromSeconds(5));
        var alerts = new AlertCollector();
        var reference = client.CreateObjectReference<IAlertObserver>(alerts);
        var gateway = _cluster.Silos[0];
        var hubKey = await FindKeyNotHostedOnAsync(client, gateway.Address!.ToString());
        var hub = client.GetGrain<IAlertHubGrain>(hubKey);
        await hub.SubscribeAsync(reference);

        Assert.Equal(1, await hub.PublishAsync("potassium 6.1"));
        Assert.Contains("potassium 6.1", alerts.Received);

        await _cluster.KillSiloAsync(gateway);
        var watch = Stopwatch.StartNew();
        while (!alerts.Received.Contains("troponin rising"))
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), "the observer got no callback after its gateway died");
            try
            {
                await _cluster.Silos[0].GrainFactory.GetGrain<IAlertHubGrain>(hubKey).PublishAsync("troponin rising");
            }
            catch (Exception error) when (error is SiloUnavailableException or TimeoutException)
            {
                await Task.Delay(100);
            }
        }
    }

    [Fact]
    public void ClientOptions_WithoutGateways_AreRejectedNamingTheOption()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClusterClient(new ClusterClientOptions()));

        Assert.Contains(nameof(ClusterClientOptions.Gateways), error.Message);
    }
}
