namespace Mesh.Grains.Agents.Memory;

/// <summary>The facts one user asked the team to remember.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Agents.Memory.AgentMemoryState")]
public sealed class AgentMemoryState
{
    /// <summary>The facts, oldest first.</summary>
    [Id(0)]
    public List<string> Facts { get; set; } = [];
}

/// <summary>A clinic's notes for every chat.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Agents.Memory.ClinicNotesState")]
public sealed class ClinicNotesState
{
    /// <summary>The notes.</summary>
    [Id(0)]
    public List<string> Notes { get; set; } = [];
}
