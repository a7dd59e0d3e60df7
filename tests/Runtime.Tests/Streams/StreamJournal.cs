using System.Collections.Concurrent;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>What subscribers received, by stream key; static so it outlives activations and silo restarts.</summary>
public static class StreamJournal
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> Entries = new();

    public static void Record(string key, long token, int value) => Of(key).Enqueue(new Received(token, value));

    public static IReadOnlyList<Received> Read(string key) => [.. Of(key)];

    public static ConcurrentQueue<Received> Of(string key) => Entries.GetOrAdd(key, static _ => new ConcurrentQueue<Received>());

    /// <summary>Waits until the asynchronous check <paramref name="done"/> holds, failing with <paramref name="what"/> after 30 seconds.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds, failing with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }
}

/// <summary>One delivery: the token it carried and the event.</summary>
public readonly record struct Received(long Token, int Value);
