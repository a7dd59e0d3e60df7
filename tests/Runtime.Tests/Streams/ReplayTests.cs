using System.Collections.Concurrent;
using Mesh.Runtime.Streams;
using Mesh.Runtime.Testing;
using Mesh.Runtime.Tests.Storage;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>Parked events replayed by ops: delivered and removed once the subscriber copes, else kept with the new error.</summary>
public abstract class ReplayTests : IAsyncLifetime
{
    private StreamStorage _storage = null!;

    protected abstract Task<StreamStorage> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Replay_DeliversTheParkedEventWithItsTokenAndRemovesIt()
    {
        await using var cluster = await StartAsync();
        var provider = cluster.Services.GetStreamProvider(StreamStorage.Provider);
        var key = await ParkOneAsync(provider);

        PoisonSubscriberGrain.Heal(key);
        var result = await provider.ReplayParkedAsync(new ParkedEventFilter(new StreamId(PoisonSubscriberGrain.Namespace, key)));

        Assert.Equal(new ParkedReplayResult(1, 0), result);
        Assert.Equal([new Received(1, 1), new Received(3, 2), new Received(2, -1)], StreamJournal.Read(key));
        Assert.DoesNotContain(await provider.GetParkedEventsAsync(1000), p => p.StreamId.Key == key);
    }

    [Fact]
    public async Task Replay_ThatFailsAgain_KeepsTheEventParkedWithTheNewErrorAndOneMoreAttempt()
    {
        await using var cluster = await StartAsync();
        var provider = cluster.Services.GetStreamProvider(StreamStorage.Provider);
        var key = await ParkOneAsync(provider);
        var before = Assert.Single(await provider.GetParkedEventsAsync(1000), p => p.StreamId.Key == key);

        var result = await provider.ReplayParkedAsync(new ParkedEventFilter(before.StreamId));

        Assert.Equal(new ParkedReplayResult(0, 1), result);
        var after = Assert.Single(await provider.GetParkedEventsAsync(1000), p => p.StreamId.Key == key);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Attempts + 1, after.Attempts);
        Assert.Contains("(attempt 2)", before.Error, StringComparison.Ordinal);
        Assert.Contains("(attempt 3)", after.Error, StringComparison.Ordinal);
        Assert.Equal([new Received(1, 1), new Received(3, 2)], StreamJournal.Read(key));
    }

    [Fact]
    public async Task Replay_ByStream_LeavesTheParkedEventsOfOtherStreams()
    {
        await using var cluster = await StartAsync();
        var provider = cluster.Services.GetStreamProvider(StreamStorage.Provider);
        var first = await ParkOneAsync(provider);
        var second = await ParkOneAsync(provider);
        PoisonSubscriberGrain.Heal(first);
        PoisonSubscriberGrain.Heal(second);

        var result = await provider.ReplayParkedAsync(new ParkedEventFilter(new StreamId(PoisonSubscriberGrain.Namespace, second)));

        Assert.Equal(new ParkedReplayResult(1, 0), result);
        var parked = await provider.GetParkedEventsAsync(1000);
        Assert.Contains(parked, p => p.StreamId.Key == first);
        Assert.DoesNotContain(parked, p => p.StreamId.Key == second);
    }

    [Fact]
    public async Task Replay_ForASubscriptionThatWasRemoved_StaysParkedSayingSo()
    {
        await using var cluster = await StartAsync();
        var provider = cluster.Services.GetStreamProvider(StreamStorage.Provider);
        var stream = provider.GetStream<int>("replay", Guid.NewGuid().ToString("N"));
        var handled = new ConcurrentQueue<int>();
        var handle = await stream.SubscribeAsync((item, _) =>
        {
            if (item < 0)
            {
                throw new InvalidOperationException("negative");
            }

            handled.Enqueue(item);
            return Task.CompletedTask;
        });
        await stream.OnNextBatchAsync([-5, 5]);
        await StreamJournal.WaitUntilAsync(() => handled.Count == 1, "the event after the failing one arrived");
        await handle.UnsubscribeAsync();

        var result = await provider.ReplayParkedAsync(new ParkedEventFilter(SubscriptionId: handle.SubscriptionId));

        Assert.Equal(new ParkedReplayResult(0, 1), result);
        var parked = Assert.Single(await provider.GetParkedEventsAsync(1000), p => p.SubscriptionId == handle.SubscriptionId);
        Assert.Contains("no longer exists", parked.Error, StringComparison.Ordinal);
    }

    private Task<TestCluster> StartAsync() =>
        _storage.StartClusterAsync(o => (o.MaxDeliveryAttempts, o.RetryBackoff) = (2, TimeSpan.FromMilliseconds(5)));

    /// <summary>Publishes 1, -1, 2 to a new poison stream and waits until -1 is parked; returns the stream key.</summary>
    private static async Task<string> ParkOneAsync(IStreamProvider provider)
    {
        var key = Guid.NewGuid().ToString("N");
        await provider.GetStream<int>(PoisonSubscriberGrain.Namespace, key).OnNextBatchAsync([1, -1, 2]);
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count == 2, "the events around the poison one arrived");
        await StreamJournal.WaitUntilAsync(
            async () => (await provider.GetParkedEventsAsync(1000)).Any(p => p.StreamId.Key == key), "the poison event was parked");
        return key;
    }
}

public sealed class MemoryReplayTests : ReplayTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => Task.FromResult(StreamStorage.Memory());
}

public sealed class SqliteReplayTests : ReplayTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => Task.FromResult(StreamStorage.Sqlite());
}

[Collection("postgres")]
public sealed class PostgresReplayTests(PostgresFixture postgres) : ReplayTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => StreamStorage.PostgresAsync(postgres);
}
