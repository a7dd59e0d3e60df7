using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Agents;

/// <summary>Clinic-wide notes an admin sets for every chat of the clinic. Key: the tenant.</summary>
[Alias("Mesh.Grains.Agents.IClinicNotesGrain")]
public interface IClinicNotesGrain : IGrainWithStringKey
{
    /// <summary>Replaces the notes.</summary>
    [Alias("SetAsync")]
    Task SetAsync(IReadOnlyList<string> notes);

    /// <summary>The notes.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<IReadOnlyList<string>> GetAsync();
}
