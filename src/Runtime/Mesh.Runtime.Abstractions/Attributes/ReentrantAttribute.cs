namespace Mesh.Runtime;

/// <summary>
/// Lets requests to this grain class interleave at await points. Turns still never run in parallel:
/// one activation executes on one logical thread at a time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
