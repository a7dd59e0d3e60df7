using System.Diagnostics;

namespace Mesh.Grains.Telemetry;

/// <summary>
/// Counts and times every call an AI provider's HttpClient makes, outside its retries, so one call is one count however
/// many attempts it took. The provider tag is the endpoint's host, never a path or query (they may carry a key).
/// </summary>
internal sealed class AiCallMetricsHandler(string capability) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var provider = request.RequestUri is { } uri ? uri.Authority : "unknown";
        var started = Stopwatch.GetTimestamp();
        var failed = true;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            failed = !response.IsSuccessStatusCode;
            return response;
        }
        finally
        {
            MeshMetrics.AiCallEnded(provider, capability, Stopwatch.GetElapsedTime(started), failed);
        }
    }
}
