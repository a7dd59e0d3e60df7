namespace Mesh.Runtime.Streams.Queue;

/// <summary>Encoded events a producer appends in one call. The producer hands the arrays over and never touches them again.</summary>
[Immutable]
internal sealed record StreamEventBatch(byte[][] Payloads);
