using Mesh.Grains.AI;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mesh.Grains.Health;

/// <summary>
/// Whether one configured AI endpoint answers: a GET of its <c>/models</c> list (every OpenAI-compatible server has one)
/// with the configured key. Any answer below 500 means the server is there; a 401/403 means the key is wrong. A down
/// endpoint makes Mesh degraded, not unready, unless it is listed in <c>Mesh:Health:RequiredAi</c>: the offline paths
/// and the doctor's typed input still work without it.
/// </summary>
public sealed class AiEndpointHealthCheck(IHttpClientFactory clients, AiEndpointOptions endpoint, bool required) : IHealthCheck
{
    /// <summary>The HttpClient the probes use: no retries, a short timeout.</summary>
    public const string ClientName = "Mesh.Health.AI";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failure = required ? HealthStatus.Unhealthy : HealthStatus.Degraded;
        var models = new Uri(endpoint.BaseUrl!.TrimEnd('/') + "/models");
        var where = models.GetLeftPart(UriPartial.Authority);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, models);
            if (!string.IsNullOrEmpty(endpoint.ApiKey))
            {
                request.Headers.Authorization = new("Bearer", endpoint.ApiKey);
            }

            using var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            return code switch
            {
                < 400 => HealthCheckResult.Healthy($"{where} answers"),
                401 or 403 => new HealthCheckResult(failure, $"{where} refuses the configured key ({code})"),
                < 500 => HealthCheckResult.Healthy($"{where} answers ({code} for /models)"),
                _ => new HealthCheckResult(failure, $"{where} answers {code}"),
            };
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(failure, $"{where} does not answer");
        }
    }
}
