using Mesh.Runtime.Catalog;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Streams;
using Mesh.Runtime.Streams.Queue;
using Mesh.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Tests.Streams;

/// <summary>Where the grains of a stream live in a test cluster.</summary>
public static class StreamPlacement
{
    /// <summary>The id of the queue grain of a stream of the provider under test.</summary>
    public static GrainId QueueOf(string streamNamespace, string key) =>
        new(GrainInterfaceRegistry.Get(typeof(IMeshStreamQueueGrain)).GrainType, $"{StreamStorage.Provider}/{streamNamespace}/{key}");

    /// <summary>The id of the grain of interface <typeparamref name="TGrain"/> with <paramref name="key"/>.</summary>
    public static GrainId GrainOf<TGrain>(string key) where TGrain : IGrain => new(GrainInterfaceRegistry.Get(typeof(TGrain)).GrainType, key);

    /// <summary>A key for a stream of <paramref name="streamNamespace"/> whose queue grain runs on a silo other than <paramref name="avoid"/>.</summary>
    public static async Task<string> KeyWithQueueAwayFromAsync(TestCluster cluster, IStreamProvider provider, string streamNamespace, TestSilo avoid)
    {
        for (var i = 0; i < 50; i++)
        {
            var key = Guid.NewGuid().ToString("N");
            // Asking for the subscriptions activates the queue grain.
            await provider.GetStream<int>(streamNamespace, key).GetAllSubscriptionHandlesAsync();
            if (HostOf(cluster, QueueOf(streamNamespace, key)) is { } host && host != avoid)
            {
                return key;
            }
        }

        throw new InvalidOperationException("Every stream's queue grain landed on the same silo.");
    }

    /// <summary>The running silo that holds an activation of <paramref name="grain"/>, or null.</summary>
    public static TestSilo? HostOf(TestCluster cluster, GrainId grain) =>
        cluster.Silos.SingleOrDefault(s => s.Services.GetRequiredService<GrainActivationCatalog>().Contains(grain));
}
