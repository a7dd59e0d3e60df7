namespace Mesh.Runtime;

/// <summary>On a grain interface method: the request may start while other requests of the activation are awaiting.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;
