using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>A question handed to one specialist.</summary>
/// <param name="Caller">Who asks; the specialist's tools are bound to it.</param>
/// <param name="Question">The user's words.</param>
/// <param name="Contexts">The records the message points at, already checked against the caller's clinic.</param>
/// <param name="History">The chat's recent messages, oldest first, as <c>role: text</c>.</param>
/// <param name="Memory">The caller's remembered facts and the clinic's notes.</param>
/// <param name="HandedOverFrom">The specialist that handed the question over, when one did; a handed-over question is not handed on again.</param>
/// <param name="Attached">The records of <paramref name="Contexts"/> as the chat read them; the specialist does not read them again.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.SpecialistRequest")]
public sealed record SpecialistRequest(
    AgentCaller Caller,
    string Question,
    IReadOnlyList<ChatContextRef> Contexts,
    IReadOnlyList<string> History,
    IReadOnlyList<string> Memory,
    SpecialistKind? HandedOverFrom,
    IReadOnlyList<AttachedRecord> Attached);

/// <summary>A specialist's answer, grounded in its tools' results.</summary>
/// <param name="Kind">Answered, or needs a model.</param>
/// <param name="Text">The answer; sentences with unverified facts are marked.</param>
/// <param name="Citations">The sources.</param>
/// <param name="Unverified">Facts in the text no tool returned.</param>
/// <param name="ToolUses">The tool calls made.</param>
/// <param name="HandOverTo">Set when the specialist says the question is another's.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.SpecialistAnswer")]
public sealed record SpecialistAnswer(
    AnswerKind Kind,
    string Text,
    IReadOnlyList<AgentCitation> Citations,
    IReadOnlyList<string> Unverified,
    IReadOnlyList<AgentToolUse> ToolUses,
    SpecialistKind? HandOverTo);
