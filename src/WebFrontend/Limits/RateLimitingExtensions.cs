using System.Globalization;
using System.Threading.RateLimiting;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Hosting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Limits;

internal static class RateLimitingExtensions
{
    /// <summary>A fixed window per clinic user (tenant + user id), or per client address for anonymous callers.</summary>
    public static IServiceCollection AddMeshRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<MeshWebOptions>>((options, mesh) =>
        {
            var limits = mesh.Value.Limits;
            var window = TimeSpan.FromSeconds(limits.WindowSeconds);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitsPerWindow,
                    Window = window,
                    QueueLimit = 0,
                }));
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window;
                rejected.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.ToClinicUser() is { } user
            ? $"user:{user.Tenant}/{user.UserId}"
            : $"ip:{context.Connection.RemoteIpAddress}";
}
