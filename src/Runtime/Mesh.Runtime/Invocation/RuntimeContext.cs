namespace Mesh.Runtime.Invocation;

/// <summary>
/// The call chain of the request the current code runs in, flowing across awaits. Outgoing calls carry it,
/// which is how a call that would wait on itself is recognised.
/// </summary>
public static class RuntimeContext
{
    private static readonly AsyncLocal<CallChain?> Current = new();

    /// <summary>The chain that outgoing calls from the current request carry; null outside grains.</summary>
    public static CallChain? OutgoingChain
    {
        get => Current.Value;
        internal set => Current.Value = value;
    }
}
