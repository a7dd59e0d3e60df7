using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Orleans;

namespace Mesh.Grains.Live;

/// <summary>
/// Counts a clinic's live encounters. Before refusing, it asks the counted encounters whether they are still live,
/// so one that ended without telling (its silo died at the wrong moment) does not hold a place for ever.
/// </summary>
public sealed class LiveEncounterRegistryGrain(
    [PersistentState("live-encounters")] IPersistentState<LiveEncounterRegistryState> registry) : Grain, ILiveEncounterRegistryGrain
{
    private string Tenant => this.GetPrimaryKeyString();

    public async Task<LiveEncounterAdmission> AdmitAsync(string conversationId, string userId, int maxPerUser, int maxPerClinic)
    {
        var live = registry.State.Encounters;
        if (live.ContainsKey(conversationId))
        {
            return new LiveEncounterAdmission(true, null);
        }

        if (CapReached(userId, maxPerUser, maxPerClinic) is not null)
        {
            await ForgetEndedAsync();
        }

        if (CapReached(userId, maxPerUser, maxPerClinic) is { } reason)
        {
            return new LiveEncounterAdmission(false, reason);
        }

        live[conversationId] = userId;
        await registry.WriteStateAsync();
        return new LiveEncounterAdmission(true, null);
    }

    public async Task ReleaseAsync(string conversationId)
    {
        if (registry.State.Encounters.Remove(conversationId))
        {
            await registry.WriteStateAsync();
        }
    }

    private string? CapReached(string userId, int maxPerUser, int maxPerClinic)
    {
        var live = registry.State.Encounters;
        if (live.Count(e => e.Value == userId) >= maxPerUser)
        {
            return $"You already have {maxPerUser} live encounter(s); end one first.";
        }

        return live.Count >= maxPerClinic ? $"The clinic already has {maxPerClinic} live encounters." : null;
    }

    private async Task ForgetEndedAsync()
    {
        var ended = new List<string>();
        foreach (var conversationId in registry.State.Encounters.Keys)
        {
            var snapshot = await GrainFactory.GetGrain<IConversationGrain>(ConversationKeys.For(Tenant, conversationId)).GetEncounterStatusAsync();
            if (snapshot is null or EncounterStatus.Ended)
            {
                ended.Add(conversationId);
            }
        }

        if (ended.Count > 0)
        {
            ended.ForEach(id => registry.State.Encounters.Remove(id));
            await registry.WriteStateAsync();
        }
    }
}

/// <summary>The stored live encounters of a clinic: conversation id to the user who started it.</summary>
public sealed class LiveEncounterRegistryState
{
    public Dictionary<string, string> Encounters { get; set; } = [];
}
