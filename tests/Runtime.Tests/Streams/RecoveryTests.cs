using Mesh.Runtime.Streams;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>After a restart, stored events nobody acknowledged are delivered even if no producer writes again.</summary>
public sealed class RecoveryTests : IAsyncLifetime
{
    private readonly StreamStorage _storage = StreamStorage.Sqlite();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task RestartWithUndeliveredEvents_WakesTheStreamAndDeliversThem()
    {
        // Before the restart the subscriber's first failure waits a minute to be retried, so nothing gets through.
        var backoff = TimeSpan.FromMinutes(1);
        await using var cluster = await _storage.StartClusterAsync(options =>
        {
            options.MaxDeliveryAttempts = 2;
            options.RetryBackoff = backoff;
            options.MaxRetryBackoff = backoff;
        });
        var key = Guid.NewGuid().ToString("N");
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<int>(PoisonSubscriberGrain.Namespace, key);
        await stream.OnNextBatchAsync([-1, 5, 6]);
        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key + "/attempts").Count == 1, "the first attempt failed");

        backoff = TimeSpan.FromMilliseconds(5);
        await cluster.RestartSiloAsync();

        await StreamJournal.WaitUntilAsync(() => StreamJournal.Of(key).Count == 2, "the events behind the failing one arrived");
        Assert.Equal([new Received(2, 5), new Received(3, 6)], StreamJournal.Read(key));
        Assert.Contains(await cluster.Services.GetStreamProvider(StreamStorage.Provider).GetParkedEventsAsync(1000), p => p.StreamId.Key == key);
    }
}
