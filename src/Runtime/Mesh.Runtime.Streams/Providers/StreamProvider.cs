using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>A named provider: hands out streams whose queue grains run wherever the cluster places them.</summary>
internal sealed class StreamProvider(StreamProviderRuntime runtime, IGrainFactory grainFactory) : IStreamProvider
{
    public string Name => runtime.Name;

    public bool IsDurable => runtime.IsDurable;

    public IAsyncStream<T> GetStream<T>(string streamNamespace, string key)
    {
        var queueKey = StreamQueueKey.Create(runtime.Name, streamNamespace, key);
        return new AsyncStream<T>(runtime, grainFactory.GetGrain<IMeshStreamQueueGrain>(queueKey.ToString()), queueKey.Stream);
    }

    public Task<IReadOnlyList<ParkedStreamEvent>> GetParkedEventsAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return runtime.Store.GetParkedAsync(limit, cancellationToken);
    }
}
