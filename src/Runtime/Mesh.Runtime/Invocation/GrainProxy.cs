using System.ComponentModel;

namespace Mesh.Runtime.Invocation;

/// <summary>Base of generated grain proxies: a grain id and the invoker that carries calls to it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainProxy(GrainId grainId, IGrainCallInvoker invoker) : IEquatable<GrainProxy>
{
    /// <summary>The grain this proxy calls.</summary>
    public GrainId GrainId { get; } = grainId;

    /// <summary>The invoker that carries calls.</summary>
    protected IGrainCallInvoker Invoker { get; } = invoker;

    /// <inheritdoc />
    public bool Equals(GrainProxy? other) => other is not null && other.GrainId == GrainId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GrainProxy);

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => GrainId.ToString();
}
