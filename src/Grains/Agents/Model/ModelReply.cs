namespace Mesh.Grains.Agents.Model;

/// <summary>What a model turn ended with: text, or a hand-over to another specialist.</summary>
public sealed record ModelReply(string? Text, SpecialistKind? HandOverTo);
