using System.Collections.Concurrent;

namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// The read-only tools of one turn, bound to the caller when the turn starts: every grain key is built from
/// <see cref="AgentCaller.Tenant"/> and no tool takes a clinic, so nothing a model writes can reach another clinic; every
/// tool checks the caller's roles (<see cref="ToolAccess"/>). It records each call (for the audit log), the records
/// cited and the text returned (what the grounding check holds answers to).
/// </summary>
public sealed partial class ClinicToolbox
{
    private readonly IGrainFactory _grains;
    private readonly IClaimsReader _claims;
    private readonly ConcurrentQueue<AgentToolUse> _uses = new();
    private readonly ConcurrentQueue<AgentCitation> _citations = new();
    private readonly ConcurrentQueue<string> _evidence = new();
    private readonly ConcurrentDictionary<(string Tool, string Id), ToolResult> _attached = new();
    private readonly ConcurrentDictionary<string, ClaimFolder?> _folders = new(StringComparer.Ordinal);

    /// <summary>Tools for <paramref name="caller"/> over <paramref name="grains"/> and <paramref name="claims"/>.</summary>
    public ClinicToolbox(AgentCaller caller, IGrainFactory grains, IClaimsReader claims, TimeProvider time)
    {
        Caller = caller ?? throw new ArgumentNullException(nameof(caller));
        _grains = grains ?? throw new ArgumentNullException(nameof(grains));
        _claims = claims ?? throw new ArgumentNullException(nameof(claims));
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }

    /// <summary>Who the tools read for.</summary>
    public AgentCaller Caller { get; }

    /// <summary>The day the turn runs on (for ages).</summary>
    public DateOnly Today { get; }

    /// <summary>Every tool call so far.</summary>
    public IReadOnlyList<AgentToolUse> Uses => [.. _uses];

    /// <summary>Every record cited so far, without repeats.</summary>
    public IReadOnlyList<AgentCitation> Citations => [.. _citations.Distinct()];

    /// <summary>Every text the tools returned so far.</summary>
    public IReadOnlyList<string> Evidence => [.. _evidence];

    /// <summary>Adds text the answer may rest on although no tool returned it (the question, remembered facts).</summary>
    public void AddEvidence(string text) => _evidence.Enqueue(text);

    /// <summary>
    /// Adds a record the chat read for this turn's contexts: the answer may rest on it and cites it, and a call of the
    /// tool that read it, for the same id, is answered from it.
    /// </summary>
    public void Attach(AttachedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _evidence.Enqueue(record.Text);
        foreach (var citation in record.Citations)
        {
            _citations.Enqueue(citation);
        }

        if (record.Tool is { } tool)
        {
            _attached[(tool, record.ResourceId)] = new ToolResult(record.Text, record.Citations, ToolResult.Success);
        }
    }

    // The chat read (and the audit log recorded) an attached record when the turn began, under the same caller and
    // roles: reading it again would only add a second audit record of the same read.
    private ToolResult? Attached(string tool, string id) => _attached.GetValueOrDefault((tool, id));

    private ToolResult Record(string tool, string resourceType, string? resourceId, ToolResult result)
    {
        _uses.Enqueue(new AgentToolUse(tool, resourceType, resourceId, result.Outcome));
        _evidence.Enqueue(result.Text);
        foreach (var citation in result.Citations)
        {
            _citations.Enqueue(citation);
        }

        return result;
    }

    private ToolResult? Refuse(string tool, string resourceType, string? resourceId, ToolScope scope, string what) =>
        ToolAccess.Allows(Caller, scope) ? null : Record(tool, resourceType, resourceId, ToolResult.Forbidden(what));

    private string Key(string id) => TenantKeys.For(Caller.Tenant, id);
}
