using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>Reads X12 files into a clinic's claims, in the silo. Key: the tenant id.</summary>
[Alias("Mesh.Grains.Claims.IClaimImportGrain")]
public interface IClaimImportGrain : IGrainWithStringKey
{
    /// <summary>Imports an 837; files of more than the batch threshold of claims go to a background batch.</summary>
    [Alias("ImportClaimsAsync")]
    Task<ClaimImportResult> ImportClaimsAsync(string x12);

    /// <summary>Imports an 835: each payment is matched to the clinic's claim by CLP01 and applied.</summary>
    [Alias("ImportRemittancesAsync")]
    Task<RemittanceImportResult> ImportRemittancesAsync(string x12);
}
