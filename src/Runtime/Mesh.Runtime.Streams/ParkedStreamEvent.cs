namespace Mesh.Runtime.Streams;

/// <summary>An event a subscription could not handle after every attempt; the stream went on without it.</summary>
/// <param name="Id">The parked event's id within its provider.</param>
/// <param name="ProviderName">The stream provider.</param>
/// <param name="StreamId">The stream.</param>
/// <param name="Token">The event's position in the stream.</param>
/// <param name="SubscriptionId">The subscription that failed.</param>
/// <param name="Subscriber">Who the subscription delivers to, e.g. a grain id.</param>
/// <param name="Payload">The stored event.</param>
/// <param name="Error">The last error.</param>
/// <param name="Attempts">How many deliveries were tried, replays included.</param>
/// <param name="ParkedAt">When the event was parked.</param>
public sealed record ParkedStreamEvent(
    long Id,
    string ProviderName,
    StreamId StreamId,
    StreamSequenceToken Token,
    Guid SubscriptionId,
    string Subscriber,
    ReadOnlyMemory<byte> Payload,
    string Error,
    int Attempts,
    DateTimeOffset ParkedAt);
