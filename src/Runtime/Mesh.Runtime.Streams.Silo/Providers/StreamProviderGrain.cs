using Mesh.Runtime.Streams.Queue;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>
/// One per provider (key: its name): parked events for clients, which cannot reach the store, and replays for
/// everyone. Not reentrant, so replays of a provider run one at a time.
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

    /// <summary>Each event goes to its stream's queue grain, which knows the subscription and where it delivers now.</summary>
    public async Task<ParkedReplayResult> ReplayParkedAsync(ParkedEventFilter filter, int limit)
    {
        var parked = await _runtime.Store.GetParkedAsync(limit, filter, CancellationToken.None);
        var delivered = 0;
        foreach (var item in parked)
        {
            string? error;
            try
            {
                error = await GrainFactory.GetGrain<IMeshStreamQueueGrain>(new StreamQueueKey(_runtime.Name, item.StreamId).ToString())
                    .RedeliverAsync(item.SubscriptionId, item.Token.Sequence, item.Payload.ToArray());
            }
            catch (Exception queueError)
            {
                error = queueError.ToString();
            }

            if (error is null)
            {
                await _runtime.Store.RemoveParkedAsync(item.Id);
                delivered++;
            }
            else
            {
                await _runtime.Store.UpdateParkedAsync(item.Id, error, item.Attempts + 1);
            }
        }

        return new ParkedReplayResult(delivered, parked.Count - delivered);
    }
}
