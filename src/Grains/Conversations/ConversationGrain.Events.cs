using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>
/// Events out of a live encounter: numbered, stored with the state, then sent to every WebFrontend that follows the
/// encounter. Followers live in this activation only; a WebFrontend renews its follow every few seconds, and the first
/// renewal a new activation sees (after a failover, which forgets the followers) returns the events it missed: no gap.
/// </summary>
public sealed partial class ConversationGrain
{
    /// <summary>Events kept for clients that re-join; older ones are in the transcript and commands of the snapshot.</summary>
    private const int KeptEvents = 500;

    private readonly EncounterFollowers _followers = new();

    public Task<EncounterEvent[]> FollowEncounterAsync(IEncounterObserver observer, long afterSequence)
    {
        // A follower this activation already sends to has every event on its way: sending kept copies (without their
        // speech audio) as well would race the originals. One it did not know (first follow, a failover, an expiry)
        // gets what it missed.
        var now = time.GetUtcNow();
        return _followers.Renew(observer, now + liveOptions.FollowExpiry, now)
            ? GetEncounterEventsAsync(afterSequence)
            : Task.FromResult<EncounterEvent[]>([]);
    }

    public Task UnfollowEncounterAsync(IEncounterObserver observer)
    {
        _followers.Remove(observer);
        return Task.CompletedTask;
    }

    /// <summary>Numbers the events, stores them with the state, then sends them to the followers.</summary>
    private async Task PublishAsync(LiveEncounterState live, IReadOnlyList<EncounterEvent> events)
    {
        var now = time.GetUtcNow();
        var numbered = events.Select(e => e with { Sequence = ++live.LastEventSequence, ConversationId = Key.ConversationId, At = now }).ToArray();
        live.Events.AddRange(numbered.Select(e => e is TtsAudioEvent tts ? tts with { Audio = null } : e));
        if (live.Events.Count > KeptEvents)
        {
            live.Events.RemoveRange(0, live.Events.Count - KeptEvents);
        }

        _chunksSinceCheckpoint = 0;
        SaveResumePoint(live);
        await conversation.WriteStateAsync();
        foreach (var follower in _followers.Current(now))
        {
            // One-way: a slow or gone WebFrontend never holds the encounter up; it fills a gap when it renews.
            _ = follower.OnEncounterEventsAsync(numbered);
        }
    }
}
