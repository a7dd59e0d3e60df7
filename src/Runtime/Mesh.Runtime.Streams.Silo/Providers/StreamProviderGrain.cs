using Mesh.Runtime.Streams.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>
/// One per provider (key: its name): parked events for clients, which cannot reach the store, and replays of a
/// durable provider for everyone. Not reentrant, so those replays run one at a time in the cluster.
/// </summary>
internal sealed class StreamProviderGrain : Grain, IMeshStreamProviderGrain
{
    private StreamProviderRuntime _runtime = null!;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var name = GetPrimaryKeyString();
        _runtime = ServiceProvider.GetKeyedService<StreamProviderRuntime>(name)
            ?? throw new InvalidOperationException($"No stream provider named '{name}' is registered in this silo.");
        return Task.CompletedTask;
    }

    public async Task<ParkedStreamEvent[]> GetParkedEventsAsync(int limit) =>
        [.. await _runtime.Store.GetParkedAsync(limit, ParkedEventFilter.All, CancellationToken.None)];

    public Task<ParkedReplayResult> ReplayParkedAsync(ParkedEventFilter filter, int limit) =>
        new ParkedEventReplayer(_runtime, GrainFactory).ReplayAsync(filter, limit, CancellationToken.None);
}
