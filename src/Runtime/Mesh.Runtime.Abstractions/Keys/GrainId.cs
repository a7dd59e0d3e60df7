namespace Mesh.Runtime;

/// <summary>The identity of one grain in the cluster: its grain type name and its key.</summary>
/// <param name="Type">The grain type name, e.g. <c>patient</c> (see <see cref="GrainTypeAttribute"/>).</param>
/// <param name="Key">The key as a string; Guid keys use the "D" format.</param>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>Renders as <c>type/key</c>, the form used in logs, storage and error messages.</summary>
    public override string ToString() => $"{Type}/{Key}";
}
