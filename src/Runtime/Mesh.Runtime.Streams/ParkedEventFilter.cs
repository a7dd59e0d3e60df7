namespace Mesh.Runtime.Streams;

/// <summary>Which parked events a replay takes; an empty filter takes every parked event of the provider.</summary>
/// <param name="Stream">Only events of this stream.</param>
/// <param name="SubscriptionId">Only events of this subscription.</param>
public sealed record ParkedEventFilter(StreamId? Stream = null, Guid? SubscriptionId = null)
{
    /// <summary>Every parked event.</summary>
    public static ParkedEventFilter All { get; } = new();

    /// <summary>Whether <paramref name="parked"/> passes the filter.</summary>
    public bool Matches(ParkedStreamEvent parked)
    {
        ArgumentNullException.ThrowIfNull(parked);
        return (Stream is not { } stream || parked.StreamId == stream) && (SubscriptionId is not { } id || parked.SubscriptionId == id);
    }
}
