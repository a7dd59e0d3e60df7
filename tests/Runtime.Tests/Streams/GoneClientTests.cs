using System.Collections.Concurrent;
using System.Diagnostics;
using Mesh.Runtime.Streams;
using Mesh.Runtime.Streams.Client;
using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>
/// Clients that went away without unsubscribing (crashed, or dropped their observer): their subscriptions are removed
/// once they have stayed unreachable for the provider's allowance, without parking events and without holding
/// producers back afterwards.
/// </summary>
[Collection("cluster")]
public sealed class GoneClientTests
{
    private const string Namespace = "client";
    private static readonly TimeSpan Allowance = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task SubscriptionsOfGoneClients_AreRemovedAfterTheAllowance_AndTheStreamGoesOn()
    {
        await using var storage = StreamStorage.Sqlite();
        // A short response timeout: each try to reach a client waits that long for it to reconnect somewhere.
        await using var cluster = await storage.StartClusterAsync(
            3,
            o => (o.UnreachableClientTimeout, o.MaxBufferedEvents) = (Allowance, 16),
            responseTimeout: TimeSpan.FromSeconds(1));
        await using var live = cluster.CreateClient();
        var provider = live.GetStreamProvider(StreamStorage.Provider, isDurable: true);
        // The clients' gateway is the oldest silo; a queue elsewhere reaches them through it.
        var key = await StreamPlacement.KeyWithQueueAwayFromAsync(cluster, provider, Namespace, cluster.Silos[0]);
        var queueKey = $"{StreamStorage.Provider}/{Namespace}/{key}";
        var queue = live.GetGrain<IMeshStreamQueueGrain>(queueKey);
        var received = new ConcurrentQueue<Received>();
        await provider.GetStream<int>(Namespace, key).SubscribeAsync((item, token) =>
        {
            received.Enqueue(new Received(token.Sequence, item));
            return Task.CompletedTask;
        });

        // A client no gateway has ever known (its process is long gone) ...
        var neverSeen = await SubscribeObserverAsync(queue, $"client-observer/{Guid.NewGuid():N}/{Guid.NewGuid():N}");
        // ... a client that crashed: the directory still names the gateway it was connected to ...
        var crashing = cluster.CreateClient();
        // (it subscribes itself, so it has said hello to its gateway)
        var crashed = await SubscribeObserverAsync(crashing.GetGrain<IMeshStreamQueueGrain>(queueKey), crashing.AddObserver(new object()).ToString());
        await crashing.DisposeAsync();
        // ... and a client that is connected but no longer holds the observer its subscription names.
        await using var leaving = cluster.CreateClient();
        var dropped = await leaving.GetStreamProvider(StreamStorage.Provider, isDurable: true).GetStream<int>(Namespace, key)
            .SubscribeAsync((_, _) => Task.CompletedTask);
        var droppedObserver = (await queue.GetSubscriptionsAsync()).Single(s => s.Id == dropped.SubscriptionId).Target;
        Assert.True(leaving.RemoveObserver(ParseObserverId(droppedObserver)));
        Guid[] gone = [neverSeen, crashed, dropped.SubscriptionId];
        var producer = cluster.Silos[2].Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(Namespace, key);
        var watch = Stopwatch.StartNew();

        await producer.OnNextBatchAsync(Enumerable.Range(0, 10));
        await StreamJournal.WaitUntilAsync(
            async () => (await queue.GetSubscriptionsAsync()).All(s => !gone.Contains(s.Id)), "the gone clients' subscriptions were removed");
        var removedAfter = watch.Elapsed;
        // More events than the buffer holds, one call each: were the gone subscriptions still counted, the producer would wait.
        for (var i = 10; i < 50; i++)
        {
            await producer.OnNextAsync(i);
        }

        await StreamJournal.WaitUntilAsync(() => received.Count >= 50, "the live client received every event");
        Assert.True(removedAfter >= Allowance, $"removed after {removedAfter}, before the allowance of {Allowance}");
        Assert.True(removedAfter < TimeSpan.FromSeconds(12), $"removed only after {removedAfter}");
        Assert.Single(await queue.GetSubscriptionsAsync());
        Assert.Equal(Enumerable.Range(0, 50).Select(i => new Received(i + 1, i)), received);
        Assert.DoesNotContain(await provider.GetParkedEventsAsync(1000), p => p.StreamId.Key == key);
    }

    private static async Task<Guid> SubscribeObserverAsync(IMeshStreamQueueGrain queue, string observerId)
    {
        var subscription = new StreamSubscription(Guid.NewGuid(), SubscriberKind.Observer, observerId, StreamSubscription.ElementTypeName(typeof(int)));
        await queue.SubscribeAsync(subscription, null);
        return subscription.Id;
    }

    private static GrainId ParseObserverId(string target)
    {
        var slash = target.IndexOf('/', StringComparison.Ordinal);
        return new GrainId(target[..slash], target[(slash + 1)..]);
    }
}
