namespace Mesh.Runtime.Serialization;

/// <summary>Settings for <see cref="JsonMeshSerializer"/>, read once when the serializer is built.</summary>
public sealed class MeshSerializerOptions
{
    /// <summary>
    /// Concrete types that may stand in for an abstract class or interface declared in another assembly.
    /// Derived types in the declared type's own assembly are found without being listed. Empty by default.
    /// </summary>
    public IList<Type> KnownTypes { get; } = [];
}
