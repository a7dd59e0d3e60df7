using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Mesh.WebFrontend.Cluster;

namespace Mesh.WebFrontend.Live;

/// <summary>
/// Hands an audio chunk to its conversation grain, which answers once the chunk is stored. A call lost to a silo that
/// died is sent again (to the grain's new activation): chunks are numbered, so a repeat is stored once.
/// </summary>
public sealed partial class EncounterAudioDelivery(ILogger<EncounterAudioDelivery> logger, TimeProvider time)
{
    private static readonly TimeSpan RetryFor = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    public async Task StoreAsync(IConversationGrain grain, EncounterAudioChunk chunk, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + RetryFor;
        while (true)
        {
            try
            {
                await grain.ReceiveAudioAsync(chunk);
                return;
            }
            catch (Exception error) when (ClusterFailures.IsTransient(error) && time.GetUtcNow() < deadline)
            {
                LogRetry(logger, chunk.Sequence, error);
                await Task.Delay(RetryPause, time, ct);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Storing audio chunk {Sequence} failed in the cluster; sending it again")]
    private static partial void LogRetry(ILogger logger, long sequence, Exception error);
}
