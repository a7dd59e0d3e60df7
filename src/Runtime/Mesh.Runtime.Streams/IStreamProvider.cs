namespace Mesh.Runtime.Streams;

/// <summary>A named stream provider (memory or durable) that hands out streams. Get it with <c>GetStreamProvider(name)</c>.</summary>
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
}
