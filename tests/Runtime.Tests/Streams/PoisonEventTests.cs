using Mesh.Runtime.Streams;
using Mesh.Runtime.Tests.Storage;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>A subscriber that always throws on one event: retried, parked where ops can read it, and the stream goes on.</summary>
public abstract class PoisonEventTests : IAsyncLifetime
{
    private const int Attempts = 3;

    private StreamStorage _storage = null!;

    protected abstract Task<StreamStorage> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task PoisonEvent_IsRetriedThenParkedAndLaterEventsArrive()
    {
        await using var cluster = await _storage.StartClusterAsync(options =>
        {
            options.MaxDeliveryAttempts = Attempts;
            options.RetryBackoff = TimeSpan.FromMilliseconds(5);
        });
        var provider = cluster.Services.GetStreamProvider(StreamStorage.Provider);
        var key = Guid.NewGuid().ToString("N");
        var stream = provider.GetStream<int>(PoisonSubscriberGrain.Namespace, key);

        await stream.OnNextBatchAsync([1, -1, 2]);
        await stream.OnNextAsync(3);
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count == 3, "the events after the poison one arrived");

        Assert.Equal([new Received(1, 1), new Received(3, 2), new Received(4, 3)], StreamJournal.Read(key));
        Assert.Equal(Enumerable.Repeat(new Received(2, -1), Attempts), StreamJournal.Read(key + "/attempts"));
        var parked = Assert.Single(await provider.GetParkedEventsAsync(1000), p => p.StreamId.Key == key);
        Assert.Equal(new StreamSequenceToken(2), parked.Token);
        Assert.Equal(Attempts, parked.Attempts);
        Assert.Equal($"poisonsubscriber/{key}", parked.Subscriber);
        Assert.Contains("Event -1 cannot be handled", parked.Error, StringComparison.Ordinal);
        Assert.Equal(-1, Mesh.Runtime.Serialization.JsonMeshSerializer.Default.Deserialize<int>(parked.Payload.Span));
    }
}

public sealed class MemoryPoisonEventTests : PoisonEventTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => Task.FromResult(StreamStorage.Memory());
}

public sealed class SqlitePoisonEventTests : PoisonEventTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => Task.FromResult(StreamStorage.Sqlite());
}

[Collection("postgres")]
public sealed class PostgresPoisonEventTests(PostgresFixture postgres) : PoisonEventTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => StreamStorage.PostgresAsync(postgres);
}
