namespace Mesh.WebFrontend.Live;

/// <summary>A token bucket per connection: the average chunk rate with room for a burst (a resend after reconnecting).</summary>
public sealed class ChunkRateLimiter(int perSecond, int burst, TimeProvider time)
{
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
}
