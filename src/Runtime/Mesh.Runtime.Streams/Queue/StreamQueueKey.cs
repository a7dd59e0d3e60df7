namespace Mesh.Runtime.Streams.Queue;

/// <summary>
/// Names the queue grain of one stream: <c>{provider}/{namespace}/{key}</c>. Provider and namespace hold no '/',
/// so the key may hold anything.
/// </summary>
internal readonly record struct StreamQueueKey(string Provider, StreamId Stream)
{
    public static StreamQueueKey Create(string provider, string streamNamespace, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamNamespace);
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (streamNamespace.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Stream namespace '{streamNamespace}' must not contain '/'.", nameof(streamNamespace));
        }

        return new StreamQueueKey(provider, new StreamId(streamNamespace, key));
    }

    public static StreamQueueKey Parse(string grainKey)
    {
        var first = grainKey.IndexOf('/', StringComparison.Ordinal);
        var second = first < 0 ? -1 : grainKey.IndexOf('/', first + 1);
        if (first <= 0 || second <= first + 1 || second == grainKey.Length - 1)
        {
            throw new FormatException($"'{grainKey}' is not a stream queue key of the form provider/namespace/key.");
        }

        return new StreamQueueKey(grainKey[..first], new StreamId(grainKey[(first + 1)..second], grainKey[(second + 1)..]));
    }

    public override string ToString() => $"{Provider}/{Stream.Namespace}/{Stream.Key}";
}
