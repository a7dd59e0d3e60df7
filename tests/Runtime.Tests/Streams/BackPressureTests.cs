using System.Collections.Concurrent;
using Mesh.Runtime.Streams;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>Runs alone: it measures the process's managed memory, which other tests running beside it would disturb.</summary>
[CollectionDefinition(nameof(BackPressureCollection), DisableParallelization = true)]
public sealed class BackPressureCollection;

/// <summary>
/// A fast producer of 64 KB events and a slow subscriber: the producer is held to the subscriber's pace, and the
/// process's managed memory stays within a bound far below what was produced.
/// </summary>
[Collection(nameof(BackPressureCollection))]
public abstract class BackPressureTests : IAsyncLifetime
{
    private const int Buffer = 8;
    private const int Events = 400;
    private const int EventBytes = 64 * 1024;

    // Stated bound on managed memory growth while 400 x 64 KB = 25 MB flow through an 8-event buffer.
    private const long MemoryBound = 12 * 1024 * 1024;

    private StreamStorage _storage = null!;

    protected abstract StreamStorage CreateStorage();

    public Task InitializeAsync()
    {
        _storage = CreateStorage();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task SlowSubscriber_SlowsProducerAndMemoryStaysBounded()
    {
        await using var cluster = await _storage.StartClusterAsync(options => options.MaxBufferedEvents = Buffer);
        var stream = cluster.Services.GetStreamProvider(StreamStorage.Provider).GetStream<byte[]>("audio", Guid.NewGuid().ToString("N"));
        var received = 0L;
        var lengths = new ConcurrentBag<int>();
        await stream.SubscribeAsync(async (chunk, token) =>
        {
            lengths.Add(chunk.Length);
            await Task.Delay(1);
            Interlocked.Exchange(ref received, token.Sequence);
        });
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;

        for (var i = 1; i <= Events; i++)
        {
            await stream.OnNextAsync(new byte[EventBytes]);
            // The producer may run ahead of the subscriber by the buffer (and the one event in its hands), no more.
            Assert.True(Interlocked.Read(ref received) >= i - Buffer - 1, $"event {i} was accepted while the subscriber was at {received}");
            if (i % 50 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        await StreamJournal.WaitUntilAsync(() => Interlocked.Read(ref received) == Events, "the subscriber caught up");
        Assert.True(peak < MemoryBound, $"managed memory grew by {peak / 1024} KB, more than {MemoryBound / 1024} KB");
        Assert.All(lengths, length => Assert.Equal(EventBytes, length));
    }
}

public sealed class MemoryBackPressureTests : BackPressureTests
{
    protected override StreamStorage CreateStorage() => StreamStorage.Memory();
}

public sealed class SqliteBackPressureTests : BackPressureTests
{
    protected override StreamStorage CreateStorage() => StreamStorage.Sqlite();
}
