namespace Mesh.Runtime;

/// <summary>
/// Declares that instances of a type are never changed after construction, so calls inside one silo pass them
/// by reference instead of copying them.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class ImmutableAttribute : Attribute;
