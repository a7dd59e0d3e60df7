using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Encounters;

/// <summary>
/// A WebFrontend that follows an encounter for its SignalR clients. The conversation grain sends each batch of events
/// once, without waiting; a batch lost on the way (a silo that died, a busy frontend) shows as a gap in the numbers,
/// which the frontend fills from <see cref="Conversations.IConversationGrain.FollowEncounterAsync"/>.
/// </summary>
[Alias("Mesh.Grains.Encounters.IEncounterObserver")]
public interface IEncounterObserver : IGrainObserver
{
    /// <summary>Events of one encounter, numbered, in order.</summary>
    [OneWay]
    [Alias("OnEncounterEventsAsync")]
    Task OnEncounterEventsAsync(EncounterEvent[] events);
}
