using Mesh.Grains.Agents;
using Mesh.Grains.Agents.Specialists;

namespace Mesh.WebFrontend.Chat;

/// <summary>An answer as the API and the hub return it.</summary>
public sealed record ChatTurnResponse(
    string? Specialist,
    string? SpecialistName,
    string Kind,
    string Text,
    IReadOnlyList<AgentCitation> Citations,
    IReadOnlyList<string> Unverified,
    string? HandedOverFrom,
    DateTimeOffset At)
{
    public static ChatTurnResponse From(ChatTurn turn) => new(
        turn.Specialist is { } s ? SpecialistNames.ToolName(s) : null,
        turn.Specialist is { } d ? SpecialistNames.Display(d) : null,
        turn.Kind.ToString(),
        turn.Text,
        turn.Citations,
        turn.Unverified,
        turn.HandedOverFrom is { } h ? SpecialistNames.ToolName(h) : null,
        turn.At);
}

/// <summary>A message of a chat's history.</summary>
public sealed record ChatEntryResponse(string Role, string Text, string? Specialist, string? SpecialistName, IReadOnlyList<AgentCitation> Citations, IReadOnlyList<ChatContextRef> Contexts, DateTimeOffset At)
{
    public static ChatEntryResponse From(ChatEntry entry) => new(
        entry.Role, entry.Text,
        entry.Specialist is { } s ? SpecialistNames.ToolName(s) : null,
        entry.Specialist is { } d ? SpecialistNames.Display(d) : null,
        entry.Citations, entry.Contexts, entry.At);
}

/// <summary>One event of a streamed answer: specialist, token, citations or done.</summary>
public sealed record ChatStreamEvent(string Type, string? Text, ChatTurnResponse? Turn);
