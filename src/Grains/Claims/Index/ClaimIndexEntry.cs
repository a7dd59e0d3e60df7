namespace Mesh.Grains.Claims.Index;

/// <summary>
/// What the index keeps of one claim: its list row and its denials, which replace the ones it had. Null denials: the
/// claim has no remittance, so it has none and never had any, and there is nothing to replace (the common case of an
/// 837 import, spared a delete per claim).
/// </summary>
public sealed record ClaimIndexEntry(string Tenant, ClaimSummary Summary, IReadOnlyList<ClaimDenial>? Denials);
