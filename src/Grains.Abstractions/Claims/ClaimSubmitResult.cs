using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>What a submission did to a claim.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimSubmitOutcome")]
public enum ClaimSubmitOutcome
{
    /// <summary>A new claim was stored.</summary>
    Created,

    /// <summary>The same claim from the same interchange again: nothing changed.</summary>
    Unchanged,

    /// <summary>A replacement (CLM05-3 = 7) replaced the claim.</summary>
    Replaced,

    /// <summary>A void (CLM05-3 = 8) voided the claim.</summary>
    Voided,

    /// <summary>An original (CLM05-3 = 1) for a claim id the clinic has already submitted in another interchange: refused.</summary>
    DuplicateClaimId,

    /// <summary>A replacement or void of a claim the clinic never submitted: refused.</summary>
    UnknownClaim,

    /// <summary>A version of a claim document the patient no longer keeps (a newer one came first): nothing changed.</summary>
    Superseded,
}

/// <summary>The outcome of a submission and the claim's list row afterwards (null when no claim exists, or a superseded version was not taken).</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimSubmitResult"), Immutable]
public sealed record ClaimSubmitResult(ClaimSubmitOutcome Outcome, ClaimSummary? Summary);
