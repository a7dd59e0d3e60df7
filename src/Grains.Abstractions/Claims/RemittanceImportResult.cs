using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>What importing an 835 did: the payments matched to the clinic's claims, those that matched none, and the file's issues.</summary>
/// <param name="Interchange">ISA13, sender and receiver; null when the file has no readable ISA.</param>
/// <param name="Payments">Payments applied to a claim of the clinic (CLP01 = the claim id), in file order.</param>
/// <param name="Unmatched">Payments for claims the clinic does not have, and those that could not be read.</param>
/// <param name="PaymentTotal">BPR02, when read.</param>
/// <param name="Errors">Issues of the file, its envelopes and its totals (BPR02 against the claims paid).</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceImportResult")]
public sealed record RemittanceImportResult(
    X12Interchange? Interchange,
    IReadOnlyList<RemittanceImportOutcome> Payments,
    IReadOnlyList<RemittanceImportOutcome> Unmatched,
    decimal? PaymentTotal,
    IReadOnlyList<X12Issue> Errors);

/// <summary>One claim payment of an 835 and what it did.</summary>
/// <param name="Payment">The payment as read; null when it could not be read.</param>
/// <param name="Applied">True when it changed the claim; false for a payment applied before or not matched.</param>
/// <param name="Status">The claim's status afterwards, when matched.</param>
/// <param name="ContractChecks">The payment's lines checked against the payer's rate card.</param>
/// <param name="Errors">Balance and content issues of the payment (billed = paid + adjustments, per claim and line).</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceImportOutcome")]
public sealed record RemittanceImportOutcome(
    RemittancePayment? Payment,
    bool Applied,
    ClaimStatus? Status,
    IReadOnlyList<ContractLineCheck> ContractChecks,
    IReadOnlyList<X12Issue> Errors);
