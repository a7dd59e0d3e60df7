namespace Mesh.Benchmarks.RemoteCalls;

/// <summary>A grain that returns its argument: the remote call with nothing else in it.</summary>
public interface IEchoGrain : IGrainWithStringKey
{
    /// <summary>Returns <paramref name="payload"/>.</summary>
    Task<string> EchoAsync(string payload);
}

/// <summary>Echoes.</summary>
public sealed class EchoGrain : Grain, IEchoGrain
{
    public Task<string> EchoAsync(string payload) => Task.FromResult(payload);
}
