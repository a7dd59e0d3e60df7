namespace Mesh.Grains.Claims.X12;

/// <summary>An 837 file read: its interchange, one entry per claim (CLM), the file's own issues and the 999.</summary>
/// <param name="Interchange">ISA13, sender and receiver; null only when no ISA could be read.</param>
/// <param name="Claims">One entry per CLM, in file order.</param>
/// <param name="Errors">Issues of the file and its envelopes, and of transaction sets no claim could be read from.</param>
/// <param name="Acknowledgement">The 999 (005010X231A1) answering the file; empty when no ISA could be read.</param>
public sealed record ClaimFile(X12Interchange? Interchange, IReadOnlyList<ClaimFileEntry> Claims, IReadOnlyList<X12Issue> Errors, string Acknowledgement);

/// <summary>One claim of an 837 as read and checked.</summary>
/// <param name="ClaimId">CLM01 (the patient control number), when present.</param>
/// <param name="TransactionSetControlNumber">ST02 of the set that carried the claim.</param>
/// <param name="Claim">The claim as read; null when its parties or CLM01 are missing.</param>
/// <param name="Errors">Every issue that rejects the claim: its own, its loops' and its envelopes'.</param>
/// <param name="ClmPosition">The 1-based position of the claim's CLM segment in the file, for issues raised after reading.</param>
public sealed record ClaimFileEntry(string? ClaimId, string TransactionSetControlNumber, ClaimRecord? Claim, IReadOnlyList<X12Issue> Errors, int ClmPosition)
{
    /// <summary>Whether the claim may be stored as accepted.</summary>
    public bool Accepted => Claim is not null && Errors.Count == 0;
}
