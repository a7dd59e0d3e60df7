using Mesh.Grains.Encounters;

namespace Mesh.Grains.Conversations;

/// <summary>The WebFrontends following one encounter, each until its follow expires unless renewed.</summary>
internal sealed class EncounterFollowers
{
    private readonly Dictionary<IEncounterObserver, DateTimeOffset> _expiries = [];

    public void Renew(IEncounterObserver observer, DateTimeOffset expiresAt) => _expiries[observer] = expiresAt;

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
