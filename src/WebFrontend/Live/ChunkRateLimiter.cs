namespace Mesh.WebFrontend.Live;

/// <summary>A token bucket per connection: the average chunk rate with room for a burst (a resend after reconnecting).</summary>
public sealed class ChunkRateLimiter(int perSecond, int burst, TimeProvider time)
{
    private const string ConnectionItemKey = "mesh.chunk-rate";

    private readonly Lock _sync = new();
    private double _tokens = burst;
    private long _last = time.GetTimestamp();

    public bool TryTake()
    {
        lock (_sync)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(burst, _tokens + (time.GetElapsedTime(_last, now).TotalSeconds * perSecond));
            _last = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }

    /// <summary>The connection's limiter, made on its first upload and kept for the connection's life (a new upload does not refill it).</summary>
    public static ChunkRateLimiter Of(Microsoft.AspNetCore.SignalR.HubCallerContext connection, LiveOptions limits, TimeProvider time)
    {
        if (connection.Items.TryGetValue(ConnectionItemKey, out var existing) && existing is ChunkRateLimiter limiter)
        {
            return limiter;
        }

        limiter = new ChunkRateLimiter(limits.MaxChunksPerSecond, limits.ChunkBurst, time);
        connection.Items[ConnectionItemKey] = limiter;
        return limiter;
    }
}
