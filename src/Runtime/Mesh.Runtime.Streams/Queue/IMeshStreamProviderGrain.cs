namespace Mesh.Runtime.Streams.Queue;

/// <summary>
/// What a cluster client asks of a stream provider as a whole (key: the provider's name), since it cannot reach the
/// provider's storage itself: parked events and their replay. Any silo with the provider can host it.
/// </summary>
internal interface IMeshStreamProviderGrain : IGrainWithStringKey
{
    /// <summary>Parked events of the provider, oldest first.</summary>
    Task<ParkedStreamEvent[]> GetParkedEventsAsync(int limit);

    /// <summary>Replays parked events; see <see cref="IStreamProvider.ReplayParkedAsync"/>.</summary>
    Task<ParkedReplayResult> ReplayParkedAsync(ParkedEventFilter filter, int limit);
}
