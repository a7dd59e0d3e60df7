using System.Net.Http.Headers;

namespace Mesh.Grains.AI.Http;

/// <summary>How long to wait before retrying: the server's Retry-After when it gives one, else exponential backoff; always capped.</summary>
internal static class RetryDelay
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    public static TimeSpan For(RetryConditionHeaderValue? retryAfter, int attempt, TimeSpan cap, DateTimeOffset now)
    {
        var requested = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => FirstBackoff * Math.Pow(2, attempt),
        };

        if (requested < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return requested > cap ? cap : requested;
    }
}
