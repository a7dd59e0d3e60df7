using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Mesh.Grains.AI.Http;

/// <summary>
/// One named HttpClient per AI capability, behind a resilience handler: retries with exponential backoff that honour
/// Retry-After (capped), a circuit breaker, and a timeout per attempt. The OpenAI clients send through these.
/// </summary>
internal static class AiHttpClients
{
    /// <summary>Backoff before the first retry when the server gives no Retry-After; it doubles on each retry.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>The HttpClient name of <paramref name="capability"/>.</summary>
    public static string NameOf(string capability) => $"Mesh.AI.{capability}";

    /// <summary>Registers the client of <paramref name="capability"/>; its settings are read when it is first built.</summary>
    public static void Add(IServiceCollection services, string capability, Func<AiEndpointOptions> endpoint)
    {
        services.AddHttpClient(NameOf(capability), client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The OpenAI clients hold on to their HttpClient, so connections are recycled here to pick up DNS changes.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // Outside the resilience handler: one call with its retries is one count and one duration.
            .AddHttpMessageHandler(() => new Telemetry.AiCallMetricsHandler(capability))
            .AddResilienceHandler("resilience", (pipeline, _) => Configure(pipeline, endpoint()));
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AiEndpointOptions options)
    {
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(Retry(options));
        }

        pipeline
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * options.TimeoutSeconds)),
                BreakDuration = TimeSpan.FromSeconds(15),
            })
            .AddTimeout(options.Timeout);
    }

    private static HttpRetryStrategyOptions Retry(AiEndpointOptions options)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = false,
            Delay = FirstBackoff,
            MaxDelay = options.MaxRetryDelay,
            ShouldRetryAfterHeader = true,

            // A server that let an attempt run out of time gets no second one: the caller has waited long enough.
            ShouldHandle = arguments => ValueTask.FromResult(
                arguments.Outcome.Exception is not TimeoutRejectedException
                && HttpClientResiliencePredicates.IsTransient(arguments.Outcome)),
        };

        // Retry-After is honoured, but never beyond MaxRetryDelaySeconds: a server asking for an hour gets the cap.
        var retryAfter = retry.DelayGenerator!;
        var cap = options.MaxRetryDelay;
        retry.DelayGenerator = async arguments =>
            await retryAfter(arguments).ConfigureAwait(false) is { } asked ? (asked > cap ? cap : asked) : null;
        return retry;
    }
}
