namespace Mesh.Runtime.Streams;

/// <summary>The address of one stream within a provider: a namespace (what kind of events) and a key (whose events).</summary>
/// <param name="Namespace">The namespace, e.g. <c>encounter-audio</c>; it must not contain '/'.</param>
/// <param name="Key">The key, e.g. a conversation id.</param>
public readonly record struct StreamId(string Namespace, string Key)
{
    /// <summary>Renders as <c>namespace/key</c>, the form used in logs and metrics.</summary>
    public override string ToString() => $"{Namespace}/{Key}";
}
