using System.Collections.Concurrent;
using System.Diagnostics;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Serialization;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Grains;

namespace Mesh.Runtime.Tests.Cluster;

/// <summary>
/// State-writing calls from a set of callers until stopped; records every acknowledged total per grain, every error,
/// and the slowest call, then checks what storage holds.
/// </summary>
internal sealed class FailoverLoad(TestCluster cluster, IReadOnlyList<string> keys)
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<int>> _acknowledged = new();
    private readonly ConcurrentBag<Exception> _errors = [];
    private long _slowestTicks;

    public IReadOnlyCollection<Exception> Errors => _errors;

    public TimeSpan SlowestCall => TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks));

    public int AcknowledgedCount => _acknowledged.Values.Sum(b => b.Count);

    /// <summary>Runs <paramref name="callers"/> loops through the silos returned by <paramref name="entry"/> until <paramref name="stop"/>.</summary>
    public Task RunAsync(int callers, Func<int, IGrainFactory> entry, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var i = caller;
            while (!stop.IsCancellationRequested)
            {
                var key = keys[i++ % keys.Count];
                var watch = Stopwatch.StartNew();
                try
                {
                    var total = await entry(caller).GetGrain<IActivationCountGrain>(key).AddAsync(1);
                    _acknowledged.GetOrAdd(key, _ => []).Add(total);
                }
                catch (Exception error)
                {
                    _errors.Add(error);
                    await Task.Delay(10);
                }
                finally
                {
                    var elapsed = watch.Elapsed.Ticks;
                    long seen;
                    while (elapsed > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, elapsed, seen) != seen)
                    {
                    }
                }
            }
        })));

    /// <summary>Asserts that every acknowledged write is in storage: totals were never handed out twice and storage holds at least the highest.</summary>
    public async Task AssertAcknowledgedWritesStoredAsync()
    {
        foreach (var (key, totals) in _acknowledged)
        {
            var list = totals.ToList();
            Assert.Equal(list.Count, list.Distinct().Count());
            var grainId = ((GrainProxy)(object)cluster.GrainFactory.GetGrain<IActivationCountGrain>(key)).GrainId;
            var stored = await cluster.Storage.ReadAsync(grainId, "count", CancellationToken.None);
            Assert.NotNull(stored);
            var state = JsonMeshSerializer.Default.Deserialize<ActivationCountState>(stored.Payload)!;
            Assert.True(state.Total >= list.Max(), $"{key}: stored {state.Total}, acknowledged up to {list.Max()}");
        }
    }
}
