using Mesh.Runtime.Invocation;

namespace Mesh.Runtime.Messaging;

/// <summary>One frame's content: a small header and an opaque body serialized by the <c>IMeshSerializer</c>.</summary>
internal sealed class Message
{
    /// <summary>Correlates a response with its request; unique per sender.</summary>
    public long Id { get; init; }

    public MessageKind Kind { get; init; }

    public MessageFlags Flags { get; init; }

    /// <summary>The grain a request is for (default for responses and control frames).</summary>
    public GrainId Target { get; init; }

    /// <summary>The generated request class's key (see <see cref="GrainRequestRegistry"/>); null for non-requests.</summary>
    public string? RequestKey { get; init; }

    /// <summary>The grains the call passed through, oldest first; empty outside grains.</summary>
    public IReadOnlyList<GrainId> Chain { get; init; } = [];

    /// <summary>The call's response timeout left when sent, in milliseconds; 0 for none.</summary>
    public int TimeoutMilliseconds { get; init; }

    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>Rebuilds the call chain as the receiving side's object.</summary>
    public CallChain? ToCallChain()
    {
        CallChain? chain = null;
        foreach (var id in Chain)
        {
            chain = CallChain.Append(chain, id);
        }

        return chain;
    }
}
