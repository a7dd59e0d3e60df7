using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>The cluster's metrics move when silos talk.</summary>
[Collection("cluster")]
public sealed class ClusterMetricsTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() =>
        _cluster = await TestCluster.StartClusterAsync(2, silo => silo.AddGrains(typeof(ActivationCountGrain).Assembly));

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task RemoteCalls_CountMessagesConnectionsAndActivations()
    {
        var totals = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name is "Mesh.Runtime.Cluster" or "Mesh.Runtime")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => totals[instrument.Name] = value);
        listener.Start();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => _cluster.Silos[0].GrainFactory.GetGrain<IActivationCountGrain>($"metrics-{Guid.NewGuid():N}-{i}").TouchAsync()));
        listener.RecordObservableInstruments();

        Assert.True(totals.GetValueOrDefault("mesh.messages.sent") > 0);
        Assert.True(totals.GetValueOrDefault("mesh.messages.received") > 0);
        Assert.True(totals.GetValueOrDefault("mesh.connections") > 0);
        Assert.True(totals.GetValueOrDefault("mesh.grain.activations") >= 40);
    }
}
