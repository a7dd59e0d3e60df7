using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>
/// A message context as the chat read it, once per turn, through the caller's tools: what the specialist puts before
/// the model and may rest its answer on, so no specialist reads the record again.
/// </summary>
/// <param name="Context">The context the message named.</param>
/// <param name="Text">The record as the tool gave it.</param>
/// <param name="Citations">The records it cites.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.AttachedRecord")]
public sealed record AttachedRecord(ChatContextRef Context, string Text, IReadOnlyList<AgentCitation> Citations);
