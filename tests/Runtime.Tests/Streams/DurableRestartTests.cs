using System.Collections.Concurrent;
using Mesh.Runtime.Streams;
using Mesh.Runtime.Tests.Storage;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>
/// The silo restarts while events flow (a stand-in for losing the silo until the cluster runtime can fail over):
/// every subscriber's record of tokens has no gap, and whatever comes twice carries a token it has already seen.
/// </summary>
public abstract class DurableRestartTests : IAsyncLifetime
{
    private const int Streams = 20;
    private const int EventsPerStream = 60;

    private StreamStorage _storage = null!;

    protected abstract Task<StreamStorage> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task RestartWhileEventsFlow_SubscribersSeeNoGapAndRepeatsCarrySeenTokens()
    {
        // A long acknowledgement interval makes repeats after the restart likely, so the test sees them handled.
        await using var cluster = await _storage.StartClusterAsync(options => options.AckFlushInterval = TimeSpan.FromSeconds(30));
        var run = Guid.NewGuid().ToString("N");
        var keys = Enumerable.Range(0, Streams).Select(i => $"{run}-{i}").ToArray();
        var acknowledged = new ConcurrentDictionary<string, ConcurrentBag<int>>();
        using var halfway = new SemaphoreSlim(0);

        var producers = keys.Select(key => Task.Run(async () =>
        {
            for (var value = 0; value < EventsPerStream; value++)
            {
                await StreamAssert.PublishUntilAcknowledgedAsync(
                    () => cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(StreamRecorderGrain.Namespace, key), value);
                acknowledged.GetOrAdd(key, _ => []).Add(value);
                if (value == EventsPerStream / 2)
                {
                    halfway.Release();
                }
            }
        })).ToArray();
        for (var i = 0; i < Streams; i++)
        {
            await halfway.WaitAsync();
        }

        await cluster.RestartSiloAsync();
        await Task.WhenAll(producers);
        await StreamJournal.WaitUntilAsync(
            () => keys.All(k => StreamJournal.Read(k).Select(r => r.Value).Distinct().Count() == EventsPerStream),
            "every acknowledged event reached its subscriber");

        foreach (var key in keys)
        {
            StreamAssert.NoGapAndRepeatsAreSeen(StreamJournal.Read(key));
            Assert.Equal(Enumerable.Range(0, EventsPerStream), StreamJournal.Read(key).Select(r => r.Value).Distinct().Order());
        }
    }

    [Fact]
    public async Task HandlerSubscription_ResumesAfterRestartFromItsLastAcknowledgedEvent()
    {
        await using var cluster = await _storage.StartClusterAsync();
        var key = Guid.NewGuid().ToString("N");
        var before = new ConcurrentQueue<Received>();
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>("client", key);
        await stream.SubscribeAsync((item, token) => Enqueue(before, item, token));
        await stream.OnNextBatchAsync([1, 2, 3]);
        await StreamJournal.WaitUntilAsync(() => before.Count == 3, "3 events before the restart");

        await cluster.RestartSiloAsync();
        stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>("client", key);
        await stream.OnNextBatchAsync([4, 5]);
        var after = new ConcurrentQueue<Received>();
        var handle = Assert.Single(await stream.GetAllSubscriptionHandlesAsync());
        await handle.ResumeAsync((item, token) => Enqueue(after, item, token));
        await StreamJournal.WaitUntilAsync(() => after.Count == 2, "the events published while no handler was attached");

        Assert.Equal([new Received(4, 4), new Received(5, 5)], after);
    }

    private static Task Enqueue(ConcurrentQueue<Received> into, int item, StreamSequenceToken token)
    {
        into.Enqueue(new Received(token.Sequence, item));
        return Task.CompletedTask;
    }
}

public sealed class SqliteDurableRestartTests : DurableRestartTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => Task.FromResult(StreamStorage.Sqlite());
}

[Collection("postgres")]
public sealed class PostgresDurableRestartTests(PostgresFixture postgres) : DurableRestartTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => StreamStorage.PostgresAsync(postgres);
}
