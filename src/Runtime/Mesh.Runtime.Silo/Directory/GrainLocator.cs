using System.Collections.Concurrent;
using Mesh.Runtime.Dispatch;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;
using Mesh.Runtime.Placement;

namespace Mesh.Runtime.Directory;

/// <summary>
/// Decides where a call goes: a cache of known hosts, placement for grains not yet known, and registration in the
/// directory when this silo is the candidate. Concurrent first calls for one grain share one registration.
/// </summary>
internal sealed class GrainLocator(IGrainDirectory directory, MembershipView membership, PlacementDirector placement, ClusterState state)
{
    // Hosts the directory confirmed: a silo that registered the grain (or learnt who did).
    private readonly ConcurrentDictionary<GrainId, SiloAddress> _cache = new();

    // Silos this silo placed a grain on but whose registration it has not seen. Never trusted by a silo that was asked
    // to host a grain: candidates pointing at each other would otherwise bounce a call around forever.
    private readonly ConcurrentDictionary<GrainId, SiloAddress> _candidates = new();
    private readonly ConcurrentDictionary<GrainId, Lazy<Task<SiloAddress>>> _registering = new();

    public SiloAddress Self => membership.Self;

    /// <summary>
    /// The silo to send a call to. <paramref name="placedHere"/> says a caller already chose this silo as the grain's
    /// home; then this silo registers itself rather than placing again.
    /// </summary>
    public ValueTask<SiloAddress> LocateAsync(GrainId grainId, bool placedHere)
    {
        if (_cache.TryGetValue(grainId, out var known))
        {
            return new ValueTask<SiloAddress>(known);
        }

        if (state.RefusingCalls)
        {
            // A stopping silo takes no new grains: a caller that placed one here must place it again.
            return placedHere
                ? ValueTask.FromException<SiloAddress>(new SiloUnavailableException($"This silo is stopping; {grainId} is not placed here.", wasDelivered: false))
                : new ValueTask<SiloAddress>(placement.Choose(grainId));
        }

        if (placedHere)
        {
            return new ValueTask<SiloAddress>(RegisterAsync(grainId));
        }

        if (_candidates.TryGetValue(grainId, out var placed))
        {
            return new ValueTask<SiloAddress>(placed);
        }

        var candidate = placement.Choose(grainId);
        if (candidate != Self)
        {
            // The candidate registers itself (or forwards to the winner); knowing where it went saves the next placement.
            _candidates.TryAdd(grainId, candidate);
            return new ValueTask<SiloAddress>(candidate);
        }

        return new ValueTask<SiloAddress>(RegisterAsync(grainId));
    }

    /// <summary>Registers this silo as the grain's host unless another live silo already is; returns the host.</summary>
    public Task<SiloAddress> RegisterAsync(GrainId grainId)
    {
        var entry = _registering.GetOrAdd(grainId, id => new Lazy<Task<SiloAddress>>(() => RegisterOnceAsync(id)));
        return entry.Value;
    }

    private async Task<SiloAddress> RegisterOnceAsync(GrainId grainId)
    {
        try
        {
            var host = await directory.RegisterAsync(grainId, Self, membership.IsDead).ConfigureAwait(false);
            _cache[grainId] = host;
            return host;
        }
        finally
        {
            _registering.TryRemove(grainId, out _);
        }
    }

    /// <summary>Forgets where a grain was, after its host refused or could not be reached.</summary>
    public void Invalidate(GrainId grainId, SiloAddress host)
    {
        _cache.TryRemove(KeyValuePair.Create(grainId, host));
        _candidates.TryRemove(KeyValuePair.Create(grainId, host));
    }

    /// <summary>Forgets every grain hosted by silos that died.</summary>
    public void Forget(IReadOnlyCollection<SiloAddress> silos)
    {
        foreach (var cache in new[] { _cache, _candidates })
        {
            foreach (var (grainId, host) in cache)
            {
                if (silos.Contains(host))
                {
                    cache.TryRemove(KeyValuePair.Create(grainId, host));
                }
            }
        }
    }

    /// <summary>Forgets everything (this silo stops serving).</summary>
    public void Clear()
    {
        _cache.Clear();
        _candidates.Clear();
    }
}
