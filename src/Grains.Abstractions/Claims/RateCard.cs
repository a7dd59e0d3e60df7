using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>One rate of a payer contract: the allowed amount per unit for a procedure code (and modifier) over a period.</summary>
/// <param name="ProcedureCode">The HCPCS/CPT code.</param>
/// <param name="Modifier">The modifier the rate is for, or null for any line without a rate of its own modifier.</param>
/// <param name="Allowed">The allowed amount per unit.</param>
/// <param name="EffectiveFrom">The first day the rate applies.</param>
/// <param name="EffectiveTo">The last day it applies, or null when open-ended.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RateCardEntry"), Immutable]
public sealed record RateCardEntry(string ProcedureCode, string? Modifier, decimal Allowed, DateOnly EffectiveFrom, DateOnly? EffectiveTo);

/// <summary>A payer's rate card as the clinic loaded it.</summary>
/// <param name="PayerId">The payer's id (as remittances name it).</param>
/// <param name="Rates">The rates.</param>
/// <param name="UpdatedAt">When it was loaded.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RateCard")]
public sealed record RateCard(string PayerId, IReadOnlyList<RateCardEntry> Rates, DateTimeOffset UpdatedAt);
