namespace Mesh.Runtime;

/// <summary>
/// Names a grain class's type in grain ids and storage. Without it the name is the class name, lower-cased,
/// with a trailing "Grain" removed (PatientGrain: <c>patient</c>). Keep it stable once data is stored.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
