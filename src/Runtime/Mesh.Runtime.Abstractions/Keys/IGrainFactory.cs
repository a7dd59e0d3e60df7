namespace Mesh.Runtime;

/// <summary>Hands out proxies to grains. A proxy is cheap; calling it activates the grain wherever the cluster places it.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a proxy to the grain of interface <typeparamref name="TGrain"/> with the given string key.</summary>
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;

    /// <summary>Returns a proxy to the grain of interface <typeparamref name="TGrain"/> with the given Guid key.</summary>
    TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey;
}
