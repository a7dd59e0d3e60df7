namespace Mesh.Runtime.Tests.Serialization.Models;

public abstract record Outcome<T>;

public sealed record Succeeded<T>(T Value) : Outcome<T>;

public sealed record Rejected<T>(string Reason) : Outcome<T>;

public sealed record ClaimDecision(string ClaimId, Outcome<decimal> Outcome);
