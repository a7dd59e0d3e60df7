namespace Mesh.Grains.Claims.Index;

/// <summary>What the index keeps of one claim: its list row and its denials (which replace the ones it had).</summary>
public sealed record ClaimIndexEntry(string Tenant, ClaimSummary Summary, IReadOnlyList<ClaimDenial> Denials);
