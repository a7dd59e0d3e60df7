using System.Text.Json;

namespace Mesh.Grains.AI;

/// <summary>A structured-output chat request: the conversation and the JSON schema the answer must follow (strict).</summary>
/// <param name="Messages">System and user messages, in order.</param>
/// <param name="SchemaName">Name of the schema (letters, digits, '_' and '-'), e.g. <c>clinical_draft</c>.</param>
/// <param name="JsonSchema">The JSON schema of the answer.</param>
/// <param name="Temperature">Sampling temperature; 0 for repeatable extraction.</param>
public sealed record ChatRequest(IReadOnlyList<ChatMessage> Messages, string SchemaName, JsonElement JsonSchema, double Temperature = 0);
