using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>Where a claim stands in the revenue cycle, from its submissions and the remittances that still count.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimStatus")]
public enum ClaimStatus
{
    /// <summary>Submitted (or replaced) and not yet answered by a remittance that still counts.</summary>
    Submitted,

    /// <summary>Paid in full, less patient responsibility and contractual adjustments.</summary>
    Paid,

    /// <summary>Paid in part: some amount denied or reduced beyond the contract.</summary>
    Partial,

    /// <summary>Denied: nothing paid.</summary>
    Denied,

    /// <summary>The payer reversed its payment and has sent no correction yet.</summary>
    Reversed,

    /// <summary>Voided by the clinic (CLM05-3 = 8).</summary>
    Voided,
}
