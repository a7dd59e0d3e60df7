using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>
/// A message context as the chat read it, once per turn, through the caller's tools: what the specialist puts before
/// the model and may rest its answer on, so no specialist reads the record again.
/// </summary>
/// <param name="Tool">
/// The tool whose whole result this is (a patient or claim context), so the specialist's call of that tool for
/// <paramref name="ResourceId"/> is answered from it; null for one item picked out of a patient's list.
/// </param>
/// <param name="ResourceId">The id the record was read by.</param>
/// <param name="Text">The record as the tool gave it.</param>
/// <param name="Citations">The records it cites.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.AttachedRecord")]
public sealed record AttachedRecord(string? Tool, string ResourceId, string Text, IReadOnlyList<AgentCitation> Citations);
