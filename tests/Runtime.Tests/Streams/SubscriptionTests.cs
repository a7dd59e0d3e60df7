using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Mesh.Runtime.Streams;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>Explicit subscriptions: handlers in the process (the client's stand-in) and grains, once per provider.</summary>
public abstract class SubscriptionTests : IAsyncLifetime
{
    private StreamStorage _storage = null!;

    protected abstract StreamStorage CreateStorage();

    public Task InitializeAsync()
    {
        _storage = CreateStorage();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Unsubscribe_StopsDeliveryWhileOtherSubscriptionsGoOn()
    {
        await using var cluster = await _storage.StartClusterAsync();
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>("client", Guid.NewGuid().ToString("N"));
        var first = new ConcurrentQueue<Received>();
        var second = new ConcurrentQueue<Received>();
        var firstHandle = await stream.SubscribeAsync((item, token) => Record(first, item, token));
        await stream.SubscribeAsync((item, token) => Record(second, item, token));

        for (var i = 0; i < 10; i++)
        {
            await stream.OnNextAsync(i);
        }

        await StreamJournal.WaitUntilAsync(() => first.Count == 10, "the first subscription received 10 events");
        await firstHandle.UnsubscribeAsync();
        for (var i = 10; i < 20; i++)
        {
            await stream.OnNextAsync(i);
        }

        await StreamJournal.WaitUntilAsync(() => second.Count == 20, "the second subscription received 20 events");
        Assert.Equal(Enumerable.Range(0, 10), first.Select(r => r.Value));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => new Received(i + 1, i)), second);
        Assert.DoesNotContain(await stream.GetAllSubscriptionHandlesAsync(), h => h.SubscriptionId == firstHandle.SubscriptionId);
    }

    [Fact]
    public async Task SubscribeFromToken_ReplaysStoredEventsOrStartsAtTheEnd()
    {
        await using var cluster = await _storage.StartClusterAsync();
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>("client", Guid.NewGuid().ToString("N"));
        await stream.OnNextBatchAsync([1, 2, 3]);
        var received = new ConcurrentQueue<Received>();

        await stream.SubscribeAsync((item, token) => Record(received, item, token), new StreamSequenceToken(2));
        await stream.OnNextAsync(4);

        var expected = _storage.IsDurable ? new[] { new Received(2, 2), new Received(3, 3), new Received(4, 4) } : [new Received(4, 4)];
        await StreamJournal.WaitUntilAsync(() => received.Count >= expected.Length, "the subscription received its events");
        Assert.Equal(expected, received);
    }

    [Fact]
    public async Task GrainSubscription_ReceivesEventsAsGrainCallsUntilUnsubscribed()
    {
        await using var cluster = await _storage.StartClusterAsync();
        var streamKey = Guid.NewGuid().ToString("N");
        var grainKey = "grain-" + streamKey;
        var subscriber = cluster.GrainFactory.GetGrain<IExplicitSubscriberGrain>(grainKey);
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(ExplicitSubscriberGrain.Namespace, streamKey);
        await subscriber.SubscribeAsync(StreamStorage.Provider, streamKey);

        await stream.OnNextBatchAsync([7, 8]);
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(grainKey).Count == 2, "the grain received 2 events");
        await subscriber.UnsubscribeAllAsync(StreamStorage.Provider, streamKey);
        await stream.OnNextAsync(9);
        var witness = new ConcurrentQueue<Received>();
        await stream.SubscribeAsync((item, token) => Record(witness, item, token), new StreamSequenceToken(3));
        await StreamJournal.WaitUntilAsync(() => !_storage.IsDurable || witness.Count == 1, "a later subscription saw event 3");

        Assert.Equal([new Received(1, 7), new Received(2, 8)], StreamJournal.Read(grainKey));
    }

    [Fact]
    public async Task Metrics_CountEventsInAndOutPerProvider()
    {
        var counts = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Mesh.Runtime.Streams")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "provider" && (string?)tag.Value == StreamStorage.Provider && instrument.Name.StartsWith("mesh.streams.events", StringComparison.Ordinal))
                {
                    counts.AddOrUpdate(instrument.Name, value, (_, total) => total + value);
                }
            }
        });
        listener.Start();
        await using var cluster = await _storage.StartClusterAsync();
        var key = Guid.NewGuid().ToString("N");

        await cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(StreamRecorderGrain.Namespace, key).OnNextBatchAsync([1, 2, 3]);
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count == 3, "3 events delivered");

        Assert.True(counts.GetValueOrDefault("mesh.streams.events.in") >= 3);
        await StreamJournal.WaitUntilAsync(() => counts.GetValueOrDefault("mesh.streams.events.out") >= 3, "3 events counted out");
    }

    private static Task Record(ConcurrentQueue<Received> into, int item, StreamSequenceToken token)
    {
        into.Enqueue(new Received(token.Sequence, item));
        return Task.CompletedTask;
    }
}

public sealed class MemorySubscriptionTests : SubscriptionTests
{
    protected override StreamStorage CreateStorage() => StreamStorage.Memory();
}

public sealed class SqliteSubscriptionTests : SubscriptionTests
{
    protected override StreamStorage CreateStorage() => StreamStorage.Sqlite();
}
