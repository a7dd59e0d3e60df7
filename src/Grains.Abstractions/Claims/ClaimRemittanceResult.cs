using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>What applying a remittance did.</summary>
/// <param name="Applied">False when this payment had been applied before.</param>
/// <param name="Sequence">The remittance's sequence on the claim.</param>
/// <param name="Summary">The claim's list row afterwards.</param>
/// <param name="ContractChecks">The payment's lines checked against the rate card.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimRemittanceResult")]
public sealed record ClaimRemittanceResult(bool Applied, int Sequence, ClaimSummary Summary, IReadOnlyList<ContractLineCheck> ContractChecks);
