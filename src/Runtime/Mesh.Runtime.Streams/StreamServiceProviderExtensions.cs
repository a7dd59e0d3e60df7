using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Streams;

/// <summary>Finds stream providers among a silo's (or client's) services.</summary>
public static class StreamServiceProviderExtensions
{
    /// <summary>Returns the stream provider registered under <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No provider has that name.</exception>
    public static IStreamProvider GetStreamProvider(this IServiceProvider services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return services.GetKeyedService<IStreamProvider>(name)
            ?? throw new InvalidOperationException(
                $"No stream provider named '{name}' is registered; add it with AddMemoryStreams or AddDurableStreams in a silo, AddClientStreams in a cluster client.");
    }
}
