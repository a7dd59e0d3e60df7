using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>A named provider in a silo: hands out streams whose queue grains run wherever the cluster places them.</summary>
internal sealed class StreamProvider(StreamProviderRuntime runtime, IGrainFactory grainFactory) : IStreamProvider
{
    public string Name => runtime.Name;

    public bool IsDurable => runtime.IsDurable;

    public IAsyncStream<T> GetStream<T>(string streamNamespace, string key)
    {
        var queueKey = StreamQueueKey.Create(runtime.Name, streamNamespace, key);
        return new AsyncStream<T>(
            runtime.Name, runtime.Codec, runtime.Handlers, grainFactory.GetGrain<IMeshStreamQueueGrain>(queueKey.ToString()), queueKey.Stream);
    }

    public Task<IReadOnlyList<ParkedStreamEvent>> GetParkedEventsAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return runtime.Store.GetParkedAsync(limit, ParkedEventFilter.All, cancellationToken);
    }

    // Durable: through the provider's grain, as a client's replay goes, so replays of one provider run one at a time in
    // the cluster and two cannot deliver the same parked event twice. Memory: parked events live in each silo's own
    // store, so the replay reads this silo's.
    public Task<ParkedReplayResult> ReplayParkedAsync(ParkedEventFilter? filter = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        filter ??= ParkedEventFilter.All;
        return runtime.IsDurable
            ? grainFactory.GetGrain<IMeshStreamProviderGrain>(runtime.Name).ReplayParkedAsync(filter, limit).WaitAsync(cancellationToken)
            : new ParkedEventReplayer(runtime, grainFactory).ReplayAsync(filter, limit, cancellationToken);
    }
}
