using Mesh.Runtime.Streams.Diagnostics;
using Mesh.Runtime.Streams.Providers;
using Mesh.Runtime.Streams.Queue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Streams.Hosting;

/// <summary>
/// At silo start, wakes every stream of a durable provider that has stored events a subscription has not acknowledged,
/// so delivery resumes after a restart even if no producer writes to the stream again. Waking is idempotent: with
/// several silos, each wakes the same queues and the cluster keeps one activation of each.
/// </summary>
internal sealed class StreamRecoveryService(StreamProviderRuntime runtime, IGrainFactory grains, ILogger<StreamRecoveryService> logger)
    : IHostedService
{
    private const int Parallelism = 16;

    private readonly string _provider = runtime.Name;

    private readonly CancellationTokenSource _stop = new();
    private Task _waking = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // In the background: a silo with thousands of pending streams must not hold up its own start.
        _waking = Task.Run(WakeAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _waking.ConfigureAwait(false);
    }

    private async Task WakeAsync()
    {
        try
        {
            var streams = await runtime.Store.FindPendingStreamsAsync(_stop.Token).ConfigureAwait(false);
            if (streams.Count > 0)
            {
                StreamLog.WakingStreams(logger, streams.Count, _provider);
            }

            await Parallel.ForEachAsync(
                    streams,
                    new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = _stop.Token },
                    async (stream, _) => await grains.GetGrain<IMeshStreamQueueGrain>(new StreamQueueKey(_provider, stream).ToString()).WakeAsync().ConfigureAwait(false))
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // The silo is stopping; the next start wakes what is still pending.
        }
        catch (Exception error)
        {
            StreamLog.WakeFailed(logger, error, _provider);
        }
    }
}
