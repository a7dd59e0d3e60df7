namespace Mesh.WebFrontend.Chat;

/// <summary>The body of <c>POST /api/v1/chats/{id}/messages</c> and of the hub's Ask.</summary>
public sealed record ChatMessageRequest(string? Message, IReadOnlyList<ChatContextBody>? Contexts, ChatFileBody? File, bool ConfirmImport = false);

/// <summary>A record the message points at: <c>{ "type": "PATIENT", "id": "..." }</c>.</summary>
public sealed record ChatContextBody(string? Type, string? Id);

/// <summary>An attached file, its bytes in base64.</summary>
public sealed record ChatFileBody(string? Name, string? ContentType, string? Content);

/// <summary>Clinic notes as an admin sets them.</summary>
public sealed record ClinicNotesBody(IReadOnlyList<string>? Notes);
