using System.Collections.Immutable;

namespace Mesh.Runtime.Tests.Serialization.Models;

public sealed class CarePlan
{
    public List<string> Goals { get; set; } = [];

    public int[] Codes { get; set; } = [];

    public IReadOnlyList<string> Tags { get; set; } = [];

    public ImmutableArray<string> Allergies { get; set; } = [];

    public HashSet<string> Flags { get; set; } = [];

    public List<List<int>> Readings { get; set; } = [];

    public Dictionary<string, string> ByName { get; set; } = [];

    public Dictionary<Guid, string> ByGuid { get; set; } = [];

    public Dictionary<int, string> ByNumber { get; set; } = [];

    public Dictionary<EncounterMode, int> ByMode { get; set; } = [];
}
