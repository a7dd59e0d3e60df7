namespace Mesh.Runtime.Tests.Serialization.Models;

public abstract record Finding(string SegmentId);

public sealed record Symptom(string SegmentId, string Description, int? Severity) : Finding(SegmentId);

public sealed record VitalSign(string SegmentId, string Name, decimal Value, string Unit) : Finding(SegmentId);
