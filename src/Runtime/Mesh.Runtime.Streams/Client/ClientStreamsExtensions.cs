using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Mesh.Runtime.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Streams.Client;

/// <summary>Stream providers for a process that talks to the cluster through a <see cref="ClusterClient"/>.</summary>
public static class ClientStreamsExtensions
{
    private static readonly ConditionalWeakTable<ClusterClient, ConcurrentDictionary<string, ClientStreamProvider>> Providers = [];

    /// <summary>
    /// Registers the cluster's stream provider <paramref name="name"/> for the client that <c>AddMeshClient</c>
    /// registered, so <c>services.GetStreamProvider(name)</c> works as in a silo. The silos must run a provider of
    /// that name; <paramref name="isDurable"/> says which kind they run and is what <see cref="IStreamProvider.IsDurable"/>
    /// reports (the client does not ask).
    /// </summary>
    public static IServiceCollection AddClientStreams(this IServiceCollection services, string name, bool isDurable)
    {
        ArgumentNullException.ThrowIfNull(services);
        StreamProviderNames.Validate(name);
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IStreamProvider) && Equals(d.ServiceKey, name)))
        {
            throw new InvalidOperationException($"A stream provider named '{name}' is already registered.");
        }

        services.AddKeyedSingleton<IStreamProvider>(name, (sp, _) => sp.GetRequiredService<ClusterClient>().GetStreamProvider(name, isDurable));
        return services;
    }

    /// <summary>
    /// The cluster's stream provider <paramref name="name"/> seen from <paramref name="client"/>: one instance per client
    /// and name. Handlers subscribed through it run in this process; they are unsubscribed when the client is disposed.
    /// </summary>
    public static IStreamProvider GetStreamProvider(this ClusterClient client, string name, bool isDurable)
    {
        ArgumentNullException.ThrowIfNull(client);
        StreamProviderNames.Validate(name);
        var provider = Providers.GetOrCreateValue(client).GetOrAdd(name, static (n, state) => new ClientStreamProvider(n, state.isDurable, state.client), (client, isDurable));
        return provider.IsDurable == isDurable
            ? provider
            : throw new InvalidOperationException($"Stream provider '{name}' was first asked for as {(provider.IsDurable ? "durable" : "memory")}.");
    }
}
