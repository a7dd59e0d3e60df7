using System.Collections.Concurrent;
using Mesh.Runtime.Streams;
using Mesh.Runtime.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>
/// Three silos on the durable provider; the silo that hosts some streams' queue grains and other streams' subscriber
/// grains is killed (no deactivation, nothing flushed) while producers on the other silos keep publishing. Every
/// subscriber's record (kept in the process-wide journal, so it outlives the activation) has no gap, holds every
/// acknowledged event, and whatever came twice carried a token it had seen.
/// </summary>
[Collection("cluster")]
public sealed class DurableKillTests
{
    private const int Streams = 24;
    private const int EventsPerStream = 40;

    [Fact]
    public async Task KillSiloHostingQueuesAndSubscribers_WhileProducing_NoGapAndEveryAcknowledgedEventArrives()
    {
        await using var storage = StreamStorage.Sqlite();
        // Acknowledgements are saved rarely, so the streams whose queue dies replay what was delivered since: repeats.
        await using var cluster = await storage.StartClusterAsync(3, o => o.AckFlushInterval = TimeSpan.FromSeconds(30));
        var run = Guid.NewGuid().ToString("N");
        var keys = Enumerable.Range(0, Streams).Select(i => $"{run}-{i}").ToArray();
        await Task.WhenAll(keys.Select(key => StreamOf(cluster.Silos[0], key).OnNextAsync(0)));
        await StreamJournal.WaitUntilAsync(() => keys.All(k => StreamJournal.Of(k).Count >= 1), "every stream delivered its first event");

        var victim = cluster.Silos.MaxBy(silo => keys.Count(k => StreamPlacement.HostOf(cluster, StreamPlacement.QueueOf(StreamRecorderGrain.Namespace, k)) == silo))!;
        var queuesOnVictim = keys.Count(k => StreamPlacement.HostOf(cluster, StreamPlacement.QueueOf(StreamRecorderGrain.Namespace, k)) == victim);
        var subscribersOnVictim = keys.Count(k => StreamPlacement.HostOf(cluster, StreamPlacement.GrainOf<IStreamRecorderGrain>(k)) == victim);
        Assert.True(queuesOnVictim > 0 && subscribersOnVictim > 0, $"the victim hosts {queuesOnVictim} queues and {subscribersOnVictim} subscribers");
        var survivors = cluster.Silos.Where(s => s != victim).ToArray();

        var acknowledged = new ConcurrentDictionary<string, ConcurrentBag<int>>();
        using var third = new CountdownEvent(Streams);
        var producers = keys.Select((key, i) => Task.Run(async () =>
        {
            for (var value = 1; value < EventsPerStream; value++)
            {
                await StreamAssert.PublishUntilAcknowledgedAsync(() => StreamOf(survivors[i % survivors.Length], key), value);
                acknowledged.GetOrAdd(key, _ => []).Add(value);
                if (value == EventsPerStream / 3)
                {
                    third.Signal();
                }

                await Task.Delay(5);
            }
        })).ToArray();
        await Task.Run(() => third.Wait(TimeSpan.FromSeconds(30)));

        await cluster.KillSiloAsync(victim);
        await Task.WhenAll(producers);
        await StreamJournal.WaitUntilAsync(
            () => keys.All(k => StreamJournal.Read(k).Select(r => r.Value).Distinct().Count() == EventsPerStream),
            "every acknowledged event reached its subscriber",
            TimeSpan.FromSeconds(20));

        foreach (var key in keys)
        {
            var received = StreamJournal.Read(key);
            StreamAssert.NoGapAndRepeatsAreSeen(received);
            Assert.Superset(acknowledged[key].Append(0).ToHashSet(), received.Select(r => r.Value).ToHashSet());
        }
    }

    private static IAsyncStream<int> StreamOf(TestSilo silo, string key) =>
        silo.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(StreamRecorderGrain.Namespace, key);
}
