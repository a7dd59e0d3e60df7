using System.Text.Json;

namespace Mesh.Grains.AI;

/// <summary>A function the model may call.</summary>
/// <param name="Name">The function's name (letters, digits, '_' and '-'), e.g. <c>add_note</c>.</param>
/// <param name="Description">When to call it; the model reads this to decide.</param>
/// <param name="Parameters">The JSON schema of its arguments (strict: every property required, no others).</param>
public sealed record ChatTool(string Name, string Description, JsonElement Parameters);
