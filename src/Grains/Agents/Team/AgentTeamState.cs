namespace Mesh.Grains.Agents.Team;

/// <summary>A chat: its owner, its history and a file waiting for the user's confirmation.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Agents.Team.AgentTeamState")]
public sealed class AgentTeamState
{
    /// <summary>The user who opened the chat; null before it is opened.</summary>
    [Id(0)]
    public string? Owner { get; set; }

    /// <summary>The messages, oldest first.</summary>
    [Id(1)]
    public List<ChatEntry> Entries { get; set; } = [];

    /// <summary>A file identified but not yet imported.</summary>
    [Id(2)]
    public ChatAttachment? PendingFile { get; set; }

    /// <summary>What <see cref="PendingFile"/> was identified as.</summary>
    [Id(3)]
    public ChatFileKind PendingKind { get; set; }
}
