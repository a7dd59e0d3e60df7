using Mesh.Runtime.Streams;
using Mesh.Runtime.Tests.Storage;
using Mesh.Testing;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>1,000 streams of 100 events each, produced at once, each followed by an implicitly subscribed grain.</summary>
public abstract class StreamAtScaleTests : IAsyncLifetime
{
    private const int Streams = 1000;
    private const int EventsPerStream = 100;

    private StreamStorage _storage = null!;

    protected abstract Task<StreamStorage> CreateStorageAsync();

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task ConcurrentProducers_EverySubscriberSeesItsStreamOnceInOrder()
    {
        await using var cluster = await _storage.StartClusterAsync();
        var provider = cluster.Services.GetStreamProvider(StreamStorage.Provider);
        var run = Guid.NewGuid().ToString("N");
        var keys = Enumerable.Range(0, Streams).Select(i => $"{run}-{i}").ToArray();

        await Task.WhenAll(keys.Select(key => Task.Run(async () =>
        {
            var stream = provider.GetStream<int>(StreamRecorderGrain.Namespace, key);
            for (var value = 0; value < EventsPerStream; value++)
            {
                await stream.OnNextAsync(value);
            }
        })));
        await StreamJournal.WaitUntilAsync(
            () => keys.All(k => StreamJournal.Of(k).Count >= EventsPerStream), $"every stream delivered {EventsPerStream} events");

        var expected = Enumerable.Range(0, EventsPerStream).Select(v => new Received(v + 1, v)).ToArray();
        foreach (var key in keys)
        {
            Assert.Equal(expected, StreamJournal.Read(key));
        }
    }
}

public sealed class MemoryStreamAtScaleTests : StreamAtScaleTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => Task.FromResult(StreamStorage.Memory());
}

public sealed class SqliteStreamAtScaleTests : StreamAtScaleTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => Task.FromResult(StreamStorage.Sqlite());
}

[Collection("postgres")]
public sealed class PostgresStreamAtScaleTests(PostgresFixture postgres) : StreamAtScaleTests
{
    protected override Task<StreamStorage> CreateStorageAsync() => StreamStorage.PostgresAsync(postgres);
}
