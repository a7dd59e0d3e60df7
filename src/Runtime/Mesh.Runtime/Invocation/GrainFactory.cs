namespace Mesh.Runtime.Invocation;

/// <summary>Hands out generated proxies bound to one invoker (the silo's or a client's).</summary>
public sealed class GrainFactory(IGrainCallInvoker invoker) : IGrainFactory
{
    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Create<TGrain>(key);
    }

    /// <inheritdoc />
    public TGrain GetGrain<TGrain>(Guid key) where TGrain : IGrainWithGuidKey => Create<TGrain>(key.ToString("D"));

    private TGrain Create<TGrain>(string key)
    {
        var entry = EntryCache<TGrain>.Entry;
        return (TGrain)entry.CreateProxy(new GrainId(entry.GrainType, key), invoker);
    }

    // One registry lookup per interface for the life of the process.
    private static class EntryCache<TGrain>
    {
        public static readonly GrainInterfaceEntry Entry = GrainInterfaceRegistry.Get(typeof(TGrain));
    }
}
