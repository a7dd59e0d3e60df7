using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.State;

/// <summary>Reads a grain's state before it activates.</summary>
internal interface IStateLoader
{
    Task ReadStateAsync(CancellationToken cancellationToken);
}

/// <summary>One named state of one grain, kept in an <see cref="IGrainStorage"/>.</summary>
internal sealed class PersistentState<TState>(GrainId grainId, string stateName, IGrainStorage storage, IMeshSerializer serializer)
    : IPersistentState<TState>, IStateLoader
{
    public TState State { get; set; } = NewState();

    public string? Etag { get; private set; }

    public bool RecordExists => Etag is not null;

    public async Task ReadStateAsync(CancellationToken cancellationToken = default)
    {
        var record = await storage.ReadAsync(grainId, stateName, cancellationToken);
        State = record is null ? NewState() : serializer.Deserialize<TState>(record.Payload);
        Etag = record?.Etag;
    }

    public async Task WriteStateAsync(CancellationToken cancellationToken = default)
    {
        var payload = serializer.SerializeToArray(State);
        Etag = await storage.WriteAsync(grainId, stateName, payload, Etag, cancellationToken);
    }

    public async Task ClearStateAsync(CancellationToken cancellationToken = default)
    {
        await storage.ClearAsync(grainId, stateName, Etag, cancellationToken);
        Etag = null;
        State = NewState();
    }

    private static TState NewState() => StateFactory.Create();

    // Decided once per state type: a parameterless constructor gives a fresh state, otherwise default.
    private static class StateFactory
    {
        private static readonly bool HasParameterlessConstructor =
            typeof(TState).IsValueType || typeof(TState).GetConstructor(Type.EmptyTypes) is not null;

        public static TState Create() => HasParameterlessConstructor ? Activator.CreateInstance<TState>() : default!;
    }
}
