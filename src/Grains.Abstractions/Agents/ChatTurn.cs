using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>How an answer came about.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Agents.AnswerKind")]
public enum AnswerKind
{
    /// <summary>Answered from the tools' results.</summary>
    Answered,

    /// <summary>The selector could not tell who should answer and asks the user.</summary>
    Clarify,

    /// <summary>The question needs a chat model and none is configured.</summary>
    NeedsModel,

    /// <summary>Something the user asked the team to remember was kept.</summary>
    Remembered,

    /// <summary>About an attached file: identified, imported, or why not.</summary>
    File,
}

/// <summary>The team's answer to one message.</summary>
/// <param name="Specialist">Who answered; null when the selector asked to clarify.</param>
/// <param name="Kind">How the answer came about.</param>
/// <param name="Text">The answer as shown; sentences with unverified facts are marked.</param>
/// <param name="Citations">The sources the answer rests on.</param>
/// <param name="Unverified">Numbers, dates, codes or drug names in the answer that no tool returned.</param>
/// <param name="ToolUses">The tool calls made, for the audit log.</param>
/// <param name="HandedOverFrom">The specialist that handed the question over, when one did.</param>
/// <param name="At">When it was answered.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.ChatTurn")]
public sealed record ChatTurn(
    SpecialistKind? Specialist,
    AnswerKind Kind,
    string Text,
    IReadOnlyList<AgentCitation> Citations,
    IReadOnlyList<string> Unverified,
    IReadOnlyList<AgentToolUse> ToolUses,
    SpecialistKind? HandedOverFrom,
    DateTimeOffset At);

/// <summary>A message of a chat's history.</summary>
/// <param name="Role">user or assistant.</param>
/// <param name="Text">What was said.</param>
/// <param name="Specialist">Who answered (assistant messages).</param>
/// <param name="Citations">The answer's sources (assistant messages).</param>
/// <param name="Contexts">The records the user's message pointed at.</param>
/// <param name="At">When.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.ChatEntry")]
public sealed record ChatEntry(
    string Role,
    string Text,
    SpecialistKind? Specialist,
    IReadOnlyList<AgentCitation> Citations,
    IReadOnlyList<ChatContextRef> Contexts,
    DateTimeOffset At);
