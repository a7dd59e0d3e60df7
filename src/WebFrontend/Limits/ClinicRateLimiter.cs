using System.Threading.RateLimiting;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Limits;

/// <summary>
/// The request limit: a fixed window per clinic user (tenant + user id), or per client address for anonymous callers.
/// The container owns it, so it and the timer that renews its windows end with the host.
/// </summary>
internal sealed class ClinicRateLimiter : IDisposable
{
    public ClinicRateLimiter(IOptions<MeshWebOptions> options)
    {
        var limits = options.Value.Limits;
        Window = TimeSpan.FromSeconds(limits.WindowSeconds);
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.PermitsPerWindow,
                Window = Window,
                QueueLimit = 0,
            }));
    }

    /// <summary>How long a window lasts: the longest a refused caller waits.</summary>
    public TimeSpan Window { get; }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    public void Dispose() => Limiter.Dispose();

    private static string PartitionKey(HttpContext context) =>
        context.User.ToClinicUser() is { } user
            ? $"user:{user.Tenant}/{user.UserId}"
            : $"ip:{context.Connection.RemoteIpAddress}";
}
