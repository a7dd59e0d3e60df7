using Mesh.Runtime.Streams.Queue;

namespace Mesh.Runtime.Streams.Providers;

/// <summary>
/// Replays parked events of one provider from the store it can read: each event goes to its stream's queue grain,
/// which knows the subscription and where it delivers now; the outcome is written back to the parked table.
/// </summary>
internal sealed class ParkedEventReplayer(StreamProviderRuntime runtime, IGrainFactory grains)
{
    public async Task<ParkedReplayResult> ReplayAsync(ParkedEventFilter filter, int limit, CancellationToken cancellationToken)
    {
        var parked = await runtime.Store.GetParkedAsync(limit, filter, cancellationToken).ConfigureAwait(false);
        var delivered = 0;
        foreach (var item in parked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? error;
            try
            {
                error = await grains.GetGrain<IMeshStreamQueueGrain>(new StreamQueueKey(runtime.Name, item.StreamId).ToString())
                    .RedeliverAsync(item.SubscriptionId, item.Token.Sequence, item.Payload.ToArray()).ConfigureAwait(false);
            }
            catch (Exception queueError)
            {
                error = queueError.ToString();
            }

            if (error is null)
            {
                await runtime.Store.RemoveParkedAsync(item.Id).ConfigureAwait(false);
                delivered++;
            }
            else
            {
                await runtime.Store.UpdateParkedAsync(item.Id, error, item.Attempts + 1).ConfigureAwait(false);
            }
        }

        return new ParkedReplayResult(delivered, parked.Count - delivered);
    }
}
