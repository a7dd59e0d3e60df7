namespace Mesh.Runtime.Streams;

/// <summary>What a replay of parked events did.</summary>
/// <param name="Delivered">Events their subscription handled this time; they are no longer parked.</param>
/// <param name="Failed">Events that failed again (or whose subscription is gone or has no receiver); they stay parked with the new error.</param>
public sealed record ParkedReplayResult(int Delivered, int Failed);
