using Orleans;

namespace Mesh.Grains.Health;

/// <summary>Answers health pings; holds no state.</summary>
public sealed class PingGrain : Grain, IPingGrain
{
    public Task<string> PingAsync() => Task.FromResult(Environment.MachineName);
}
