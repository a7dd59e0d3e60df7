using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Directory;

/// <summary>
/// The cluster-wide record of which silo hosts each grain. Registration is atomic per grain id: of any number of
/// concurrent registrations exactly one silo wins, and a silo activates a grain only after winning. An entry stays
/// until its silo leaves the cluster, so idle deactivation and reactivation stay on the same silo.
/// </summary>
public interface IGrainDirectory
{
    /// <summary>
    /// Records <paramref name="silo"/> as the host of <paramref name="grainId"/> unless a live silo already is.
    /// An entry whose silo <paramref name="isDead"/> reports dead is void and replaced.
    /// </summary>
    /// <returns>The silo that hosts the grain now: <paramref name="silo"/> or the earlier winner.</returns>
    Task<SiloAddress> RegisterAsync(GrainId grainId, SiloAddress silo, Func<SiloAddress, bool> isDead, CancellationToken ct = default);

    /// <summary>Records which gateway a cluster client is connected to now (the latest connection wins).</summary>
    Task SetClientGatewayAsync(string clientId, SiloAddress gateway, CancellationToken ct = default);

    /// <summary>The gateway a cluster client was last connected to, or null.</summary>
    Task<SiloAddress?> FindClientGatewayAsync(string clientId, CancellationToken ct = default);

    /// <summary>Removes every entry of <paramref name="silo"/> (it stopped, or it is dead).</summary>
    Task UnregisterSiloAsync(SiloAddress silo, CancellationToken ct = default);
}
