namespace Mesh.Runtime.Invocation;

/// <summary>
/// The grains a call has passed through, newest last. An immutable list shared between calls, so extending it
/// costs one small object.
/// </summary>
public sealed class CallChain
{
    private CallChain(GrainId grainId, CallChain? parent)
    {
        GrainId = grainId;
        Parent = parent;
        Depth = (parent?.Depth ?? 0) + 1;
    }

    /// <summary>The newest grain in the chain.</summary>
    public GrainId GrainId { get; }

    /// <summary>The chain before it.</summary>
    public CallChain? Parent { get; }

    /// <summary>How many grains the chain holds.</summary>
    public int Depth { get; }

    /// <summary>Extends a chain (possibly empty) with one grain.</summary>
    public static CallChain Append(CallChain? chain, GrainId grainId) => new(grainId, chain);

    /// <summary>Whether the chain holds a grain.</summary>
    public bool Contains(GrainId grainId)
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            if (node.GrainId == grainId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The grains oldest first.</summary>
    public IReadOnlyList<GrainId> ToList()
    {
        var ids = new GrainId[Depth];
        var node = this;
        for (var i = Depth - 1; i >= 0; i--, node = node!.Parent)
        {
            ids[i] = node!.GrainId;
        }

        return ids;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(" -> ", ToList());
}
