using Mesh.Runtime.Catalog;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Placement;

/// <summary>
/// Picks the silo for a grain that has no activation yet. Hash placement uses rendezvous hashing: every silo gets a
/// score from the grain id and its own address and the highest wins, so every silo with the same view picks the same
/// silo, and adding or removing one silo moves only the grains it wins or loses.
/// </summary>
internal sealed class PlacementDirector(GrainTypeMap grainTypes, MembershipView membership)
{
    public SiloAddress Choose(GrainId grainId)
    {
        var silos = membership.ActiveSilos;
        if (silos.Count == 0)
        {
            return membership.Self;
        }

        var kind = grainTypes.TryGet(grainId, out var grainClass) ? grainClass.Placement : PlacementKind.Hash;
        return kind switch
        {
            PlacementKind.PreferLocal when silos.Contains(membership.Self) => membership.Self,
            PlacementKind.Random => silos[Random.Shared.Next(silos.Count)],
            _ => ByHash(grainId, silos),
        };
    }

    public static SiloAddress ByHash(GrainId grainId, IReadOnlyList<SiloAddress> silos)
    {
        var grainHash = StableHash.Of(grainId.ToString());
        var best = silos[0];
        var bestScore = 0UL;
        foreach (var silo in silos)
        {
            var score = StableHash.Mix(grainHash ^ StableHash.Of(silo.ToString()));
            if (score >= bestScore)
            {
                (best, bestScore) = (silo, score);
            }
        }

        return best;
    }
}
