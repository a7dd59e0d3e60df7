using Mesh.Grains.Claims;

namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// How the team's tools read a clinic's claims, remittances and contract rates: <see cref="ClaimGrainsReader"/> in a
/// silo; a seam so the tools' tests and benchmark can hold claims of their own making.
/// </summary>
public interface IClaimsReader
{
    /// <summary>A claim of the clinic with its status and remittances, or null.</summary>
    Task<ClaimFolder?> GetClaimAsync(string tenant, string claimId, CancellationToken ct);

    /// <summary>The newest claims of a patient of the clinic, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ClaimFolder>> ForPatientAsync(string tenant, string patientId, int limit, CancellationToken ct);

    /// <summary>The clinic's contract rates with a payer (empty when it has none).</summary>
    Task<IReadOnlyList<ContractRate>> RatesAsync(string tenant, string payerId, CancellationToken ct);
}

/// <summary>A claim as the tools see it: the claim, its status and its remittances in the order they came.</summary>
/// <param name="Claim">The claim as submitted.</param>
/// <param name="Status">Its current status, e.g. submitted, paid, partial, denied, void.</param>
/// <param name="Remittances">The payments the payer sent for it, oldest first.</param>
public sealed record ClaimFolder(ClaimRecord Claim, string Status, IReadOnlyList<RemittancePayment> Remittances);

/// <summary>One line of a payer's rate card: the allowed amount per unit of a procedure code on some days.</summary>
/// <param name="ProcedureCode">The HCPCS/CPT code.</param>
/// <param name="Modifier">The modifier the rate is for, or null for any.</param>
/// <param name="Allowed">The allowed amount per unit.</param>
/// <param name="EffectiveFrom">The first day the rate applies, or null.</param>
/// <param name="EffectiveTo">The last day, or null.</param>
public sealed record ContractRate(string ProcedureCode, string? Modifier, decimal Allowed, DateOnly? EffectiveFrom, DateOnly? EffectiveTo);
