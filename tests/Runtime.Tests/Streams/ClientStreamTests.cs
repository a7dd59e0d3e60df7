using System.Collections.Concurrent;
using Mesh.Runtime.Streams;
using Mesh.Runtime.Streams.Client;
using Mesh.Runtime.Streams.Queue;
using Mesh.Runtime.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>
/// Streams from a process that has only a cluster client: producing through the gateway, and handlers in the client
/// that the stream's queue grain reaches on any silo, also after the client's gateway dies.
/// </summary>
[Collection("cluster")]
public sealed class ClientStreamTests(SharedStreamCluster shared) : IClassFixture<SharedStreamCluster>
{
    private const string Namespace = "client";

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task ClientProducer_AppendsThroughItsGateway_GrainSubscriberGetsEveryEventInOrder(string kind)
    {
        await using var ownStorage = kind == "memory" ? StreamStorage.Memory() : null;
        await using var ownCluster = ownStorage is null ? null : await ownStorage.StartClusterAsync(3);
        var (storage, cluster) = ownStorage is null ? (shared.Storage, shared.Cluster) : (ownStorage, ownCluster!);
        await using var client = cluster.CreateClient();
        var key = Guid.NewGuid().ToString("N");
        var stream = client.GetStreamProvider(StreamStorage.Provider, storage.IsDurable).GetStream<int>(StreamRecorderGrain.Namespace, key);

        await stream.OnNextAsync(1);
        if (storage.IsDurable)
        {
            Assert.Equal(1, await storage.CountStoredEventsAsync(StreamRecorderGrain.Namespace, key));
        }

        await stream.OnNextBatchAsync([2, 3, 4]);
        if (storage.IsDurable)
        {
            Assert.Equal(4, await storage.CountStoredEventsAsync(StreamRecorderGrain.Namespace, key));
        }

        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count >= 4, "the grain received 4 events");
        Assert.Equal([new Received(1, 1), new Received(2, 2), new Received(3, 3), new Received(4, 4)], StreamJournal.Read(key));
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task ClientSubscriber_QueueOnAnotherSiloThanItsGateway_ReceivesEveryEventInOrderWithItsToken(string kind)
    {
        await using var ownStorage = kind == "memory" ? StreamStorage.Memory() : null;
        await using var ownCluster = ownStorage is null ? null : await ownStorage.StartClusterAsync(3);
        var (storage, cluster) = ownStorage is null ? (shared.Storage, shared.Cluster) : (ownStorage, ownCluster!);
        await using var client = cluster.CreateClient();
        var provider = client.GetStreamProvider(StreamStorage.Provider, storage.IsDurable);
        var (key, stream) = await StreamAwayFromAsync(cluster, provider, cluster.Silos[0]);
        var byHandler = new ConcurrentQueue<Received>();
        var byObject = new Recorder();

        await stream.SubscribeAsync((item, token) => Record(byHandler, item, token));
        await stream.SubscribeAsync(byObject);
        var producer = cluster.Silos[2].Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(Namespace, key);
        await producer.OnNextBatchAsync(Enumerable.Range(0, 20));
        for (var i = 20; i < 40; i++)
        {
            await producer.OnNextAsync(i);
        }

        await StreamJournal.WaitUntilAsync(() => byHandler.Count >= 40 && byObject.Received.Count >= 40, "both client handlers received 40 events");
        var expected = Enumerable.Range(0, 40).Select(i => new Received(i + 1, i)).ToArray();
        Assert.Equal(expected, byHandler);
        Assert.Equal(expected, byObject.Received);
        var queue = client.GetGrain<IMeshStreamQueueGrain>($"{StreamStorage.Provider}/{Namespace}/{key}");
        Assert.All(await queue.GetSubscriptionsAsync(), s =>
        {
            Assert.Equal(SubscriberKind.Observer, s.Kind);
            Assert.StartsWith($"client-observer/{client.ClientId}/", s.Target, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ClientUnsubscribe_NothingArrivesAfterItCompletesWhileTheProducerGoesOn()
    {
        var cluster = shared.Cluster;
        await using var client = cluster.CreateClient();
        var provider = client.GetStreamProvider(StreamStorage.Provider, isDurable: true);
        var (key, stream) = await StreamAwayFromAsync(cluster, provider, cluster.Silos[0]);
        var received = new ConcurrentQueue<Received>();
        var handle = await stream.SubscribeAsync((item, token) => Record(received, item, token));
        using var stop = new CancellationTokenSource();
        var producer = ProduceUntilAsync(cluster.Silos[1].Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(Namespace, key), stop.Token);

        await StreamJournal.WaitUntilAsync(() => received.Count >= 20, "20 events before unsubscribing");
        await handle.UnsubscribeAsync();
        var atUnsubscribe = received.Count;
        var producedAtUnsubscribe = producer.Produced;
        await StreamJournal.WaitUntilAsync(() => producer.Produced >= producedAtUnsubscribe + 30, "30 more events produced");
        await stop.CancelAsync();
        await producer.Running;
        await Task.Delay(200);

        Assert.Equal(atUnsubscribe, received.Count);
        StreamAssert.NoGapAndRepeatsAreSeen([.. received]);
        Assert.DoesNotContain(await stream.GetAllSubscriptionHandlesAsync(), h => h.SubscriptionId == handle.SubscriptionId);
    }

    [Fact]
    public async Task ClientWhoseGatewayDies_KeepsReceivingEveryAcknowledgedEventWithoutGap()
    {
        await using var storage = StreamStorage.Sqlite();
        await using var cluster = await storage.StartClusterAsync(3);
        await using var client = cluster.CreateClient(TimeSpan.FromSeconds(5));
        var gateway = cluster.Silos[0];
        var provider = client.GetStreamProvider(StreamStorage.Provider, isDurable: true);
        var (key, stream) = await StreamAwayFromAsync(cluster, provider, gateway);
        var received = new ConcurrentQueue<Received>();
        await stream.SubscribeAsync((item, token) => Record(received, item, token));
        var survivor = cluster.Silos[1];
        const int Events = 60;

        var producing = Task.Run(async () =>
        {
            for (var value = 0; value < Events; value++)
            {
                await StreamAssert.PublishUntilAcknowledgedAsync(
                    () => survivor.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(Namespace, key), value);
                await Task.Delay(10);
            }
        });
        await StreamJournal.WaitUntilAsync(() => received.Count >= 15, "15 events before the gateway dies");
        await cluster.KillSiloAsync(gateway);
        await producing;

        await StreamJournal.WaitUntilAsync(
            () => received.Select(r => r.Value).Distinct().Count() == Events, "every acknowledged event reached the client", TimeSpan.FromSeconds(15));
        StreamAssert.NoGapAndRepeatsAreSeen([.. received]);
        Assert.Equal(Enumerable.Range(0, Events), received.Select(r => r.Value).Distinct().Order());
    }

    [Fact]
    public async Task ClientResume_TakesOverAnotherClientsSubscription_FromItsLastAcknowledgedEvent_AndKeepsItWhenThatClientCloses()
    {
        var cluster = shared.Cluster;
        await using var first = cluster.CreateClient();
        await using var second = cluster.CreateClient();
        var key = Guid.NewGuid().ToString("N");
        var producer = cluster.Silos[1].Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(Namespace, key);
        var before = new ConcurrentQueue<Received>();
        await first.GetStreamProvider(StreamStorage.Provider, isDurable: true).GetStream<int>(Namespace, key)
            .SubscribeAsync((item, token) => Record(before, item, token));
        await producer.OnNextBatchAsync([1, 2, 3]);
        await StreamJournal.WaitUntilAsync(() => before.Count == 3, "the first client received 3 events");

        var handle = Assert.Single(await second.GetStreamProvider(StreamStorage.Provider, isDurable: true).GetStream<int>(Namespace, key)
            .GetAllSubscriptionHandlesAsync());
        var after = new ConcurrentQueue<Received>();
        await handle.ResumeAsync((item, token) => Record(after, item, token));
        await producer.OnNextBatchAsync([4, 5]);
        await StreamJournal.WaitUntilAsync(() => after.Count == 2, "the second client received the later events");
        // The first client closing ends only what still delivers to it: the subscription is the second's now.
        await first.DisposeAsync();
        await producer.OnNextAsync(6);
        await StreamJournal.WaitUntilAsync(() => after.Count == 3, "the second client received an event after the first closed");

        Assert.Equal([new Received(4, 4), new Received(5, 5), new Received(6, 6)], after);
        Assert.Equal(3, before.Count);
    }

    [Fact]
    public async Task DisposedClient_HasUnsubscribedItsHandlers()
    {
        var cluster = shared.Cluster;
        var key = Guid.NewGuid().ToString("N");
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(Namespace, key);
        var client = cluster.CreateClient();
        await client.GetStreamProvider(StreamStorage.Provider, isDurable: true).GetStream<int>(Namespace, key).SubscribeAsync((_, _) => Task.CompletedTask);
        Assert.Single(await stream.GetAllSubscriptionHandlesAsync());

        await client.DisposeAsync();

        Assert.Empty(await stream.GetAllSubscriptionHandlesAsync());
    }

    [Fact]
    public async Task ClientReplay_ListsAndReplaysParkedEventsThroughTheCluster()
    {
        var cluster = shared.Cluster;
        await using var client = cluster.CreateClient();
        var provider = client.GetStreamProvider(StreamStorage.Provider, isDurable: true);
        var key = Guid.NewGuid().ToString("N");
        await provider.GetStream<int>(PoisonSubscriberGrain.Namespace, key).OnNextBatchAsync([1, -1, 2]);
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count == 2, "the events around the poison one arrived");
        var parked = Assert.Single(await provider.GetParkedEventsAsync(1000), p => p.StreamId.Key == key);

        PoisonSubscriberGrain.Heal(key);
        var result = await provider.ReplayParkedAsync(new ParkedEventFilter(parked.StreamId));

        Assert.Equal(new ParkedReplayResult(1, 0), result);
        Assert.Equal([new Received(1, 1), new Received(3, 2), new Received(2, -1)], StreamJournal.Read(key));
        Assert.DoesNotContain(await provider.GetParkedEventsAsync(1000), p => p.StreamId.Key == key);
    }

    /// <summary>A stream of namespace "client" whose queue grain runs on a silo other than <paramref name="avoid"/>.</summary>
    private static async Task<(string Key, IAsyncStream<int> Stream)> StreamAwayFromAsync(TestCluster cluster, IStreamProvider provider, TestSilo avoid)
    {
        var key = await StreamPlacement.KeyWithQueueAwayFromAsync(cluster, provider, Namespace, avoid);
        return (key, provider.GetStream<int>(Namespace, key));
    }

    private static Producer ProduceUntilAsync(IAsyncStream<int> stream, CancellationToken stop)
    {
        var producer = new Producer();
        producer.Running = Task.Run(async () =>
        {
            for (var value = 0; !stop.IsCancellationRequested; value++)
            {
                await stream.OnNextAsync(value);
                Interlocked.Increment(ref producer.Count);
                await Task.Delay(2, CancellationToken.None);
            }
        }, CancellationToken.None);
        return producer;
    }

    private static Task Record(ConcurrentQueue<Received> into, int item, StreamSequenceToken token)
    {
        into.Enqueue(new Received(token.Sequence, item));
        return Task.CompletedTask;
    }

    private sealed class Producer
    {
        public int Count;

        public Task Running { get; set; } = Task.CompletedTask;

        public int Produced => Volatile.Read(ref Count);
    }

    private sealed class Recorder : IStreamSubscriber<int>
    {
        public ConcurrentQueue<Received> Received { get; } = new();

        public Task OnNextAsync(int item, StreamSequenceToken token) => Record(Received, item, token);
    }
}
