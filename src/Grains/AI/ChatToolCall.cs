namespace Mesh.Grains.AI;

/// <summary>One function call the model made.</summary>
/// <param name="Name">The function called, one of the request's tools.</param>
/// <param name="Arguments">Its arguments as a JSON object (text, as the model wrote it).</param>
public sealed record ChatToolCall(string Name, string Arguments);
