using Mesh.Grains.Conversations;
using Mesh.Grains.Live;

namespace Mesh.Grains.Conversations;

/// <summary>The stored state of a conversation: its current draft and, once signed, the report it became.</summary>
public sealed class ConversationState
{
    public int Revision { get; set; }

    public Draft? Draft { get; set; }

    public Dictionary<string, FinalizedReport> Finalized { get; set; } = [];

    /// <summary>The latest multi-file visit summary.</summary>
    public VisitSummary? VisitSummary { get; set; }

    /// <summary>Images of the visit, kept whether or not a vision provider analysed them.</summary>
    public List<VisitFile> Images { get; set; } = [];

    /// <summary>The live encounter, when the visit was streamed.</summary>
    public Live.LiveEncounterState? Live { get; set; }
}
