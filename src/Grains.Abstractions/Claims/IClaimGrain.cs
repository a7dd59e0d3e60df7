using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims;

/// <summary>One claim of one clinic, from submission to remittance. Key: <c>TenantKeys.For(tenant, claimId)</c>, claim id = CLM01.</summary>
[Alias("Mesh.Grains.Claims.IClaimGrain")]
public interface IClaimGrain : IGrainWithStringKey
{
    /// <summary>
    /// Submits the claim: a new claim is stored; the same interchange again changes nothing; a replacement
    /// (CLM05-3 = 7) replaces it; a void (8) voids it.
    /// </summary>
    [Alias("SubmitAsync")]
    Task<ClaimSubmitResult> SubmitAsync(ClaimRecord claim);

    /// <summary>
    /// Submits one version of a claim document (a FHIR Claim), in one turn of the grain: unless the patient now keeps
    /// another version, it becomes the claim (new, a replacement, or a void when cancelled); the same version again
    /// changes nothing.
    /// </summary>
    [Alias("SubmitVersionAsync")]
    Task<ClaimSubmitResult> SubmitVersionAsync(ClaimVersion version);

    /// <summary>The claim with its history, remittances and balance, or null when the clinic has no such claim.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<ClaimView?> GetAsync();

    /// <summary>
    /// Applies a remittance: a payment already applied changes nothing; a reversal (CLP02 = 22) undoes the payment it
    /// reverses; each line is checked against the payer's rate card. Null when the clinic has no such claim.
    /// </summary>
    [Alias("ApplyRemittanceAsync")]
    Task<ClaimRemittanceResult?> ApplyRemittanceAsync(RemittancePayment payment);

    /// <summary>
    /// Applies one version of a document whose versions replace each other's payment, in one turn of the grain so two
    /// versions at once cannot both count: unless the patient now keeps another version, the payment an earlier version
    /// made is reversed and this version's applied (a withdrawn version only reverses). The same version again changes
    /// nothing. Null when the clinic has no such claim.
    /// </summary>
    [Alias("ReplaceRemittanceAsync")]
    Task<RemittanceReplacementResult?> ReplaceRemittanceAsync(RemittanceReplacement replacement);
}
