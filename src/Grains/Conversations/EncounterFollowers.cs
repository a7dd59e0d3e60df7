using Mesh.Grains.Encounters;

namespace Mesh.Grains.Conversations;

/// <summary>The WebFrontends following one encounter, each until its follow expires unless renewed.</summary>
internal sealed class EncounterFollowers
{
    private readonly Dictionary<IEncounterObserver, DateTimeOffset> _expiries = [];

    /// <summary>Follows until <paramref name="expiresAt"/>; true when the observer was not following (first follow, or after a failover or an expiry).</summary>
    public bool Renew(IEncounterObserver observer, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        var known = _expiries.TryGetValue(observer, out var expiry) && expiry > now;
        _expiries[observer] = expiresAt;
        return !known;
    }

    public void Remove(IEncounterObserver observer) => _expiries.Remove(observer);

    /// <summary>The followers whose follow has not expired at <paramref name="now"/>; expired ones are forgotten.</summary>
    public IReadOnlyList<IEncounterObserver> Current(DateTimeOffset now)
    {
        foreach (var expired in _expiries.Where(e => e.Value <= now).Select(e => e.Key).ToList())
        {
            _expiries.Remove(expired);
        }

        return [.. _expiries.Keys];
    }
}
