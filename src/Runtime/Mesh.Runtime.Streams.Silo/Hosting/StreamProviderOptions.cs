namespace Mesh.Runtime.Streams.Hosting;

/// <summary>Settings of one stream provider, configured by name in <c>AddMemoryStreams</c> / <c>AddDurableStreams</c>.</summary>
public sealed class StreamProviderOptions
{
    /// <summary>
    /// How many events a stream holds in memory beyond what its slowest live subscription acknowledged. A producer
    /// waits while the buffer is full, which bounds memory per stream. Default 256.
    /// </summary>
    public int MaxBufferedEvents { get; set; } = 256;

    /// <summary>How many times one event is delivered to a failing subscription before it is parked. Default 5.</summary>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>The pause after the first failed delivery; it doubles with each further attempt. Default 100 ms.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest pause between delivery attempts. Default 5 seconds.</summary>
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a cluster client's subscription may find its client unreachable (connected to no gateway, or no longer
    /// holding the observer) before the subscription is removed. Such failures are not delivery attempts: nothing is
    /// parked meanwhile, and the event is retried until the client is back or the subscription is removed. Each try
    /// itself waits up to the silo's response timeout for the client to reconnect. Default 1 minute.
    /// </summary>
    public TimeSpan UnreachableClientTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often acknowledged sequences are saved (durable). After a crash, events acknowledged in this window come
    /// again with tokens the subscriber has seen. Default 1 second.
    /// </summary>
    public TimeSpan AckFlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Durable: events older than this are trimmed once every subscription acknowledged them. Default 7 days.</summary>
    public TimeSpan RetentionMaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Durable: a stream keeps at most this many acknowledged events; null keeps them until <see cref="RetentionMaxAge"/>. Default null.</summary>
    public long? RetentionMaxCount { get; set; }

    /// <summary>How often an active stream applies retention. Default 1 minute.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Durable: events read from storage at a time when a subscription catches up. Default 64.</summary>
    public int CatchUpPageSize { get; set; } = 64;

    /// <summary>Durable: rows at most in one storage transaction shared by all streams. Default 1000.</summary>
    public int MaxWriteBatch { get; set; } = 1000;
}
