using System.ClientModel;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Mesh.Grains.AI.OpenAi;

/// <summary>
/// Turns what the OpenAI SDK and the resilience handler throw into Mesh's provider exceptions, which callers catch and
/// which cross grain calls: a timeout names the setting to raise, an error answer keeps its HTTP status.
/// </summary>
internal static class ProviderFailures
{
    private const int ExcerptLength = 300;

    /// <summary>Runs <paramref name="call"/>; a provider failure comes out as a <see cref="ProviderResponseException"/> or <see cref="ProviderTimeoutException"/>.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call, string capability, AiEndpointOptions options, CancellationToken ct)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception error) when (Translate(error, capability, options, ct) is { } failure)
        {
            throw failure;
        }
    }

    private static Exception? Translate(Exception error, string capability, AiEndpointOptions options, CancellationToken ct)
    {
        if (error is ProviderResponseException or ProviderTimeoutException or ProviderNotConfiguredException
            || (error is OperationCanceledException && ct.IsCancellationRequested))
        {
            return null;
        }

        var endpoint = options.BaseUrl;
        return error switch
        {
            _ when Find<TimeoutRejectedException>(error) is not null => new ProviderTimeoutException(capability, options.Timeout),
            _ when Find<BrokenCircuitException>(error) is { } open => new ProviderResponseException(
                capability, $"{endpoint} failed too often lately, so calls are held back for a while: {open.Message}", inner: error),
            ClientResultException { Status: > 0 } answer => new ProviderResponseException(
                capability, $"{endpoint} answered {answer.Status}: {Excerpt(answer.Message)}", answer.Status, error),
            _ when Find<HttpRequestException>(error) is { } unreachable => new ProviderResponseException(
                capability, $"could not reach {endpoint}: {unreachable.Message}", inner: error),
            OperationCanceledException => new ProviderTimeoutException(capability, options.Timeout),
            JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException => new ProviderResponseException(
                capability, $"{endpoint} answered with something that is not a valid response: {Excerpt(error.Message)}", inner: error),
            _ => null,
        };
    }

    private static T? Find<T>(Exception error)
        where T : Exception
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Excerpt(string text) => text.Length > ExcerptLength ? text[..ExcerptLength] + "…" : text;
}
