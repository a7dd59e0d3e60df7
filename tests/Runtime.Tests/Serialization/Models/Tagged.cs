namespace Mesh.Runtime.Tests.Serialization.Models;

// Open generic types are never discovered; a closed form comes in through MeshSerializerOptions.KnownTypes.
public sealed record Tagged<T>(string SegmentId, T Tag) : Finding(SegmentId);
