namespace Mesh.Runtime.AdoNet;

/// <summary>A grain's serialized state as stored, with the version a later write must name.</summary>
/// <param name="Version">The stored version (the ETag); 1 after the first write.</param>
/// <param name="Payload">The serialized state.</param>
public sealed record StoredGrainState(long Version, byte[] Payload);
