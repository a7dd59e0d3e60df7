namespace Mesh.Runtime;

/// <summary>On a grain interface method: the method changes no state, so it may interleave with other read-only requests.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
