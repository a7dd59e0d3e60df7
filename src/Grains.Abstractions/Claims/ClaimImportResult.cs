using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>What importing an 837 did: its interchange, each claim accepted or rejected with its errors, and the 999.</summary>
/// <param name="Interchange">ISA13, sender and receiver; null when the file has no readable ISA.</param>
/// <param name="Claims">One outcome per claim (CLM), in file order; empty while a background batch runs.</param>
/// <param name="Errors">Issues of the file and its envelopes.</param>
/// <param name="Acknowledgement">The 999 answering the file.</param>
/// <param name="Duplicate">True when this interchange (sender + ISA13) was imported before: nothing new was created and this is the first result.</param>
/// <param name="BatchId">When the file is imported in the background, the batch to follow.</param>
/// <param name="ClaimCount">How many claims the file holds.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimImportResult")]
public sealed record ClaimImportResult(
    X12Interchange? Interchange,
    IReadOnlyList<ClaimImportOutcome> Claims,
    IReadOnlyList<X12Issue> Errors,
    string Acknowledgement,
    bool Duplicate,
    string? BatchId,
    int ClaimCount);

/// <summary>One claim of an imported 837.</summary>
/// <param name="ClaimId">CLM01, the id the claim is found by; null when the CLM has none.</param>
/// <param name="PatientControlNumber">CLM01 as the submitter sent it (the same value: the claim id is the patient control number).</param>
/// <param name="Accepted">Whether the claim was stored.</param>
/// <param name="Outcome">What storing it did, for an accepted claim.</param>
/// <param name="Errors">Why a rejected claim was rejected, each naming segment, position and element.</param>
/// <param name="Risk">The denial risk of an accepted claim, scored as it was imported (the rules that need no history, and
/// the clinic's model when it beats them); null for a rejected claim.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimImportOutcome")]
public sealed record ClaimImportOutcome(
    string? ClaimId,
    string? PatientControlNumber,
    bool Accepted,
    ClaimSubmitOutcome? Outcome,
    IReadOnlyList<X12Issue> Errors,
    Denials.DenialRisk? Risk = null);
