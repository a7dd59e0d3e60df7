using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mesh.WebFrontend.Cluster;

/// <summary>
/// Answers a request whose grain call failed because a silo went away (and was not safe to retry) with 503 and
/// Retry-After, never 500: the client sends it again once the cluster has moved the grain to a living silo.
/// </summary>
internal sealed class ClusterUnavailableExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <summary>Seconds to wait: about how long the cluster takes to declare a dead silo and reactivate its grains.</summary>
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!ClusterFailures.IsTransient(exception))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The cluster is moving this record to another server.",
                Detail = $"The request did not complete; nothing of it was acknowledged. Send it again in {RetryAfterSeconds} seconds.",
            },
            Exception = exception,
        }).ConfigureAwait(false);
    }
}
