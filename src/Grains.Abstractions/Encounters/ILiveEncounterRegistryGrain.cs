using Orleans;

namespace Mesh.Grains.Encounters;

/// <summary>
/// The live encounters of one clinic (key: the tenant), so the caps on concurrent encounters per user and per clinic
/// hold across every WebFrontend of the cluster.
/// </summary>
[Alias("Mesh.Grains.Encounters.ILiveEncounterRegistryGrain")]
public interface ILiveEncounterRegistryGrain : IGrainWithStringKey
{
    /// <summary>Admits an encounter unless a cap is reached; an encounter admitted before is admitted again.</summary>
    [Alias("AdmitAsync")]
    Task<LiveEncounterAdmission> AdmitAsync(string conversationId, string userId, int maxPerUser, int maxPerClinic);

    /// <summary>Forgets an encounter that ended.</summary>
    [Alias("ReleaseAsync")]
    Task ReleaseAsync(string conversationId);
}

/// <summary>Whether an encounter may start, and why not.</summary>
/// <param name="Admitted">It may.</param>
/// <param name="Reason">Which cap was reached, when it may not.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.LiveEncounterAdmission"), Immutable]
public sealed record LiveEncounterAdmission(bool Admitted, string? Reason);
