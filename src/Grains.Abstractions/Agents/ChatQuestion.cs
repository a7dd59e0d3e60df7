using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>One message a user sends to the team.</summary>
/// <param name="Message">The words.</param>
/// <param name="Contexts">Records the message points at.</param>
/// <param name="Attachment">A file, when one is attached.</param>
/// <param name="ConfirmImport">True when the user confirms the import of the file attached earlier.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.ChatQuestion")]
public sealed record ChatQuestion(string Message, IReadOnlyList<ChatContextRef> Contexts, ChatAttachment? Attachment, bool ConfirmImport);
