using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Mesh.WebFrontend.Limits;

/// <summary>
/// Answers 429 with Retry-After once a caller used up its window; routes marked DisableRateLimiting (the health
/// probes) are never limited. Runs after authentication, so a signed-in user is limited as themself.
/// Mesh's own rather than ASP.NET Core's rate-limiting middleware: that one keeps an endpoint limiter it never disposes,
/// whose timer holds every host it served in memory for the life of the process.
/// </summary>
internal sealed class ClinicRateLimitMiddleware(RequestDelegate next, ClinicRateLimiter limiter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var lease = limiter.Limiter.AttemptAcquire(context);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : limiter.Window;
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}
