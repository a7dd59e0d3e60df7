using Mesh.Grains.Claims;
using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>A contracted rate for a line of an underpaid claim.</summary>
/// <param name="ProcedureCode">The code.</param>
/// <param name="Modifier">The modifier the rate is for, when it depends on one.</param>
/// <param name="Allowed">The contracted allowed amount.</param>
/// <param name="Paid">What the payer paid plus the patient's share.</param>
/// <param name="EffectiveFrom">The first day the rate applies.</param>
/// <param name="EffectiveTo">The last day, when it ends.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.ContractTerm"), Immutable]
public sealed record ContractTerm(string ProcedureCode, string? Modifier, decimal Allowed, decimal Paid, DateOnly? EffectiveFrom, DateOnly? EffectiveTo)
{
    /// <summary>What the payer still owes for the line.</summary>
    public decimal Shortfall => Allowed - Paid;
}

/// <summary>A passage of a patient's signed report, quoted as clinical evidence.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Version">The signed version quoted.</param>
/// <param name="SignedOn">The day that version was signed.</param>
/// <param name="Text">The passage, verbatim.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.ClinicalQuote"), Immutable]
public sealed record ClinicalQuote(string ReportId, int Version, DateOnly SignedOn, string Text);

/// <summary>Everything an appeal letter may state: nothing outside these facts may appear in it as fact.</summary>
/// <param name="Claim">The claim as submitted.</param>
/// <param name="Denial">What the payer decided.</param>
/// <param name="Contract">Contracted rates, for an underpayment.</param>
/// <param name="Evidence">Passages of the patient's signed reports.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealFacts")]
public sealed record AppealFacts(ClaimRecord Claim, DenialNotice Denial, IReadOnlyList<ContractTerm> Contract, IReadOnlyList<ClinicalQuote> Evidence);
