using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>
/// Reads X12 files into a clinic's claims, in the silo. Key: the tenant id. A file is read and checked whole before the
/// call answers, which for a file of many thousand claims on a busy cluster takes longer than an ordinary call may, so
/// these calls wait longer than the client's default timeout.
/// </summary>
[Alias("Mesh.Grains.Claims.IClaimImportGrain")]
public interface IClaimImportGrain : IGrainWithStringKey
{
    /// <summary>Imports an 837; files of more than the batch threshold of claims go to a background batch.</summary>
    [Alias("ImportClaimsAsync"), ResponseTimeout("00:02:00")]
    Task<ClaimImportResult> ImportClaimsAsync(string x12);

    /// <summary>Imports an 835: each payment is matched to the clinic's claim by CLP01 and applied.</summary>
    [Alias("ImportRemittancesAsync"), ResponseTimeout("00:02:00")]
    Task<RemittanceImportResult> ImportRemittancesAsync(string x12);

    /// <summary>
    /// Submits versions of claims read from another format (FHIR Claims) the way an 837's claims are: stored, indexed
    /// and scored for denial risk; a version the patient no longer keeps changes nothing. One outcome per claim, in
    /// order; <paramref name="source"/> names the format in Mesh's meters.
    /// </summary>
    [Alias("SubmitClaimsAsync")]
    Task<IReadOnlyList<ClaimImportOutcome>> SubmitClaimsAsync(IReadOnlyList<ClaimVersion> claims, string source);
}
