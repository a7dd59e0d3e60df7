namespace Mesh.Runtime.Streams.Queue;

/// <summary>One event with its place in the stream, as held in buffers and storage.</summary>
internal sealed record StoredStreamEvent(long Sequence, byte[] Payload, DateTimeOffset Time);
