namespace Mesh.Grains.AI;

/// <summary>A chat request answered by calling tools: the conversation and the functions on offer.</summary>
/// <param name="Messages">System and user messages, in order.</param>
/// <param name="Tools">The functions the model may call; it may also call none.</param>
/// <param name="Temperature">Sampling temperature; 0 for repeatable decisions.</param>
public sealed record ChatToolRequest(IReadOnlyList<ChatMessage> Messages, IReadOnlyList<ChatTool> Tools, double Temperature = 0);
