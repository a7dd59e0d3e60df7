using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>A claim with everything that happened to it: the claim as last submitted, status history, remittances in order, balances.</summary>
/// <param name="Claim">The claim as last submitted (a replacement replaces it).</param>
/// <param name="Status">The current status.</param>
/// <param name="History">Every status change, oldest first.</param>
/// <param name="Remittances">Every remittance applied, in the order received, each saying whether a later reversal undid it.</param>
/// <param name="Balance">What was paid, owed by the patient, written off and still due.</param>
/// <param name="ContractChecks">Each remittance line checked against the payer's rate card, for remittances that still count.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimView")]
public sealed record ClaimView(
    ClaimRecord Claim,
    ClaimStatus Status,
    IReadOnlyList<ClaimStatusChange> History,
    IReadOnlyList<ClaimRemittance> Remittances,
    ClaimBalance Balance,
    IReadOnlyList<ContractLineCheck> ContractChecks);

/// <summary>One status change of a claim.</summary>
/// <param name="Status">The status entered.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, in words (e.g. "submitted in interchange 000000001", "remittance 12345: paid").</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimStatusChange"), Immutable]
public sealed record ClaimStatusChange(ClaimStatus Status, DateTimeOffset At, string Reason);

/// <summary>A remittance applied to a claim.</summary>
/// <param name="Sequence">Its 1-based place among the claim's remittances; stable, part of denial ids.</param>
/// <param name="Payment">The claim payment as the 835 carried it.</param>
/// <param name="ReversedBy">The sequence of the reversal (CLP02 = 22) that undid it, when one did.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimRemittance")]
public sealed record ClaimRemittance(int Sequence, RemittancePayment Payment, int? ReversedBy);

/// <summary>A claim's money, from the remittances that still count (reversed ones and reversals left out).</summary>
/// <param name="Billed">The total charge of the claim.</param>
/// <param name="Paid">What the payer paid.</param>
/// <param name="PatientResponsibility">What the patient owes (deductible, coinsurance, copay).</param>
/// <param name="WrittenOff">Contractual and other adjustments the clinic cannot bill anyone for.</param>
/// <param name="BalanceDue">Billed minus paid minus written off: what the clinic is still owed, by the payer or the patient.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimBalance"), Immutable]
public sealed record ClaimBalance(decimal Billed, decimal Paid, decimal PatientResponsibility, decimal WrittenOff, decimal BalanceDue);
