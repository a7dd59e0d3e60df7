using Mesh.Grains.Claims;

namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// How the team's tools read a clinic's claims, remittances and contract rates. The silo registers the reader over the
/// claim grains and their index; <see cref="ClaimsNotConnected"/> stands in where none is registered, and says so.
/// </summary>
public interface IClaimsReader
{
    /// <summary>False when no claims store is connected; tools then answer that claims are not available.</summary>
    bool IsAvailable { get; }

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

/// <summary>The reader registered when no claims store is connected.</summary>
public sealed class ClaimsNotConnected : IClaimsReader
{
    /// <inheritdoc />
    public bool IsAvailable => false;

    /// <inheritdoc />
    public Task<ClaimFolder?> GetClaimAsync(string tenant, string claimId, CancellationToken ct) => Task.FromResult<ClaimFolder?>(null);

    /// <inheritdoc />
    public Task<IReadOnlyList<ClaimFolder>> ForPatientAsync(string tenant, string patientId, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ClaimFolder>>([]);

    /// <inheritdoc />
    public Task<IReadOnlyList<ContractRate>> RatesAsync(string tenant, string payerId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ContractRate>>([]);
}
