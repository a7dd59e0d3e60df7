using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Health;

/// <summary>Answers a ping, so health checks can prove a grain call makes the round trip.</summary>
[Alias("Mesh.Grains.Health.IPingGrain")]
public interface IPingGrain : IGrainWithStringKey
{
    /// <summary>Returns the name of the machine that answered.</summary>
    [AlwaysInterleave]
    [Alias("PingAsync")]
    Task<string> PingAsync();
}
