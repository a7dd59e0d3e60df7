using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>A source an answer rests on: the record type and id, and the version of a report.</summary>
/// <param name="ResourceType">patient, condition, medication, allergy, observation, encounter, report, claim, remittance, contract or code.</param>
/// <param name="Id">The record's id (for items of a patient, <c>{patientId}/{n}</c>).</param>
/// <param name="Version">The report version, for reports.</param>
/// <param name="Label">A short human label, e.g. the patient's name or the claim's payer.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.AgentCitation"), Immutable]
public sealed record AgentCitation(string ResourceType, string Id, int? Version, string Label);

/// <summary>One tool call a turn made, for the audit log.</summary>
/// <param name="Tool">The tool's name.</param>
/// <param name="ResourceType">What it read.</param>
/// <param name="ResourceId">Which record, when one.</param>
/// <param name="Outcome">success, not_found or denied.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.AgentToolUse"), Immutable]
public sealed record AgentToolUse(string Tool, string ResourceType, string? ResourceId, string Outcome);
