namespace Mesh.Runtime.Streams;

/// <summary>
/// A named stream provider (memory or durable) that hands out streams. Get it with <c>GetStreamProvider(name)</c>, in a
/// silo or in a cluster client (<c>AddClientStreams</c>); both give the same API.
/// </summary>
public interface IStreamProvider
{
    /// <summary>The provider's name.</summary>
    string Name { get; }

    /// <summary>Whether events are stored before producers are answered and survive a restart.</summary>
    bool IsDurable { get; }

    /// <summary>Returns the stream with the given namespace and key. Cheap; nothing is created until it is used.</summary>
    IAsyncStream<T> GetStream<T>(string streamNamespace, string key);

    /// <summary>Events that failed every delivery attempt and were set aside, oldest first, for ops to inspect.</summary>
    Task<IReadOnlyList<ParkedStreamEvent>> GetParkedEventsAsync(int limit = 100, CancellationToken cancellationToken = default);

    /// <summary>
    /// Delivers parked events once more to their subscriptions, oldest first, one attempt each: an event that is handled
    /// leaves the parked table; one that fails again (or whose subscription is gone or has no receiver attached) stays
    /// parked with the new error and one more attempt counted. At most <paramref name="limit"/> events per call.
    /// A replayed event carries its original token, below what the subscriber has seen since.
    /// </summary>
    Task<ParkedReplayResult> ReplayParkedAsync(ParkedEventFilter? filter = null, int limit = 100, CancellationToken cancellationToken = default);
}
