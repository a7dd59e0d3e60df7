namespace Mesh.Runtime;

/// <summary>A grain's durable state, guarded by an ETag so that no write silently overwrites another.</summary>
/// <typeparam name="TState">The state type; it must round-trip through the Mesh serializer.</typeparam>
public interface IPersistentState<TState>
{
    /// <summary>The current value. A new instance of <typeparamref name="TState"/> when nothing is stored.</summary>
    TState State { get; set; }

    /// <summary>The version last read or written; null when nothing is stored.</summary>
    string? Etag { get; }

    /// <summary>Whether storage holds a record for this state.</summary>
    bool RecordExists { get; }

    /// <summary>Reloads the state from storage.</summary>
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the state; throws <see cref="InconsistentStateException"/> and changes nothing if storage moved on since <see cref="Etag"/>.</summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes the stored record; throws <see cref="InconsistentStateException"/> if storage moved on since <see cref="Etag"/>.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
