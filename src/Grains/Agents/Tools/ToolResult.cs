namespace Mesh.Grains.Agents.Tools;

/// <summary>What one tool call gave: text for the answer (and the model), the records it rests on, and how it ended.</summary>
public sealed record ToolResult(string Text, IReadOnlyList<AgentCitation> Citations, string Outcome)
{
    /// <summary>The outcome of a call that found what it was asked for.</summary>
    public const string Success = "success";

    /// <summary>The outcome of a call for a record the caller's clinic does not hold.</summary>
    public const string NotFound = "not_found";

    /// <summary>The outcome of a call the caller's role may not make.</summary>
    public const string Denied = "denied";

    /// <summary>Whether the call found what it was asked for.</summary>
    public bool Found => Outcome == Success;

    /// <summary>A found result.</summary>
    public static ToolResult Of(string text, params AgentCitation[] citations) => new(text, citations, Success);

    /// <summary>Nothing found under the caller's clinic.</summary>
    public static ToolResult Missing(string text) => new(text, [], NotFound);

    /// <summary>The caller's role may not read this.</summary>
    public static ToolResult Forbidden(string what) => new($"Your role may not read {what}.", [], Denied);
}
