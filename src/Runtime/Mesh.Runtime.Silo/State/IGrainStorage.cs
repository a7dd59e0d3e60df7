namespace Mesh.Runtime.State;

/// <summary>
/// Where grain state lives. Every write and clear names the ETag it expects; a mismatch throws
/// <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads a state; null when nothing is stored.</summary>
    Task<GrainStateRecord?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken);

    /// <summary>Writes a state over <paramref name="etag"/> (null: nothing stored yet) and returns the new ETag.</summary>
    Task<string> WriteAsync(GrainId grainId, string stateName, ReadOnlyMemory<byte> payload, string? etag, CancellationToken cancellationToken);

    /// <summary>Removes a state stored at <paramref name="etag"/>.</summary>
    Task ClearAsync(GrainId grainId, string stateName, string? etag, CancellationToken cancellationToken);
}

/// <summary>A stored state: its serialized payload and ETag.</summary>
/// <param name="Payload">The serialized state.</param>
/// <param name="Etag">The version it was stored at.</param>
public sealed record GrainStateRecord(byte[] Payload, string Etag);

/// <summary>Well-known storage provider names.</summary>
public static class GrainStorageNames
{
    /// <summary>The provider used when [PersistentState] names none.</summary>
    public const string Default = "Default";
}
