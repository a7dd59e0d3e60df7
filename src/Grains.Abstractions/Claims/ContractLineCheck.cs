using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>
/// One remittance line checked against the payer's rate card. Expected = allowed amount × units; underpaid when the
/// payer's payment plus the patient's responsibility falls short of it; the netdown is what the contract explains
/// (billed minus expected).
/// </summary>
/// <param name="RemittanceSequence">Which of the claim's remittances the line came from.</param>
/// <param name="LineNumber">The 1-based line of that remittance.</param>
/// <param name="ProcedureCode">The procedure code.</param>
/// <param name="Modifier">The first modifier, when any.</param>
/// <param name="Billed">The line charge.</param>
/// <param name="Paid">What the payer paid.</param>
/// <param name="PatientResponsibility">The line's PR adjustments.</param>
/// <param name="Allowed">The contracted allowed amount per unit, or null when the rate card has no rate for the line.</param>
/// <param name="Expected">What the contract says should be paid in all (allowed × units), or null without a rate.</param>
/// <param name="Netdown">Billed minus expected, or null without a rate.</param>
/// <param name="Underpaid">True when paid plus patient responsibility is below the expected amount.</param>
/// <param name="Shortfall">Expected minus (paid plus patient responsibility) when underpaid; otherwise zero.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ContractLineCheck"), Immutable]
public sealed record ContractLineCheck(
    int RemittanceSequence,
    int LineNumber,
    string ProcedureCode,
    string? Modifier,
    decimal Billed,
    decimal Paid,
    decimal PatientResponsibility,
    decimal? Allowed,
    decimal? Expected,
    decimal? Netdown,
    bool Underpaid,
    decimal Shortfall);
