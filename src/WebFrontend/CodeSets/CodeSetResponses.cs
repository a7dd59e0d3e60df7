using Mesh.Grains.Claims.CodeSets;

namespace Mesh.WebFrontend.CodeSets;

/// <summary>A code set's release and size.</summary>
public sealed record CodeSetResponse(string Set, string Source, int Count, int Billable, DateTimeOffset? LoadedAt)
{
    public static CodeSetResponse From(CodeSetSummary summary) =>
        new(summary.Name, summary.Source, summary.Count, summary.Billable, summary.LoadedAt);
}

/// <summary>One code found by a search.</summary>
public sealed record CodeResponse(string Code, bool Billable, string? Description);

/// <summary>A search's answer, with the release it was answered from.</summary>
public sealed record CodeSearchResponse(string Set, string Source, IReadOnlyList<CodeResponse> Codes);
