using Mesh.Runtime;

namespace Mesh.Grains.Health;

/// <summary>Answers a ping, so health checks can prove a grain call makes the round trip.</summary>
public interface IPingGrain : IGrainWithStringKey
{
    /// <summary>Returns the name of the machine that answered.</summary>
    [AlwaysInterleave]
    Task<string> PingAsync();
}
