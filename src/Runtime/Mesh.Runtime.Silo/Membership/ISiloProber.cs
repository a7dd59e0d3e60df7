using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Membership;

/// <summary>Asks another silo directly whether it is alive.</summary>
internal interface ISiloProber
{
    /// <summary>True when <paramref name="silo"/> answered within <paramref name="timeout"/>.</summary>
    Task<bool> ProbeAsync(SiloAddress silo, TimeSpan timeout);
}
