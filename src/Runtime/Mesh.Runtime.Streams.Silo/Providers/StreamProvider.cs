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

    // Through the provider's grain, as a client's replay goes: replays of one provider then run one at a time in the
    // cluster, so two of them cannot deliver the same parked event twice.
    public Task<ParkedReplayResult> ReplayParkedAsync(ParkedEventFilter? filter = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return grainFactory.GetGrain<IMeshStreamProviderGrain>(runtime.Name).ReplayParkedAsync(filter ?? ParkedEventFilter.All, limit).WaitAsync(cancellationToken);
    }
}
