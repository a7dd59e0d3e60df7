using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.AI.Http;

/// <summary>
/// The resilience shared by every OpenAI-compatible provider: bearer key, per-attempt timeout, retries with capped
/// backoff on 429 (honouring Retry-After), 5xx and unreachable servers, and error messages that say what went wrong.
/// </summary>
internal sealed class OpenAiHttpClient
{
    private const int BodyExcerptLength = 300;

    private readonly HttpClient _http;
    private readonly AiEndpointOptions _options;
    private readonly string _capability;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly string _baseUrl;

    public OpenAiHttpClient(HttpClient http, AiEndpointOptions options, string capability, ILogger logger, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            throw ProviderNotConfiguredException.MissingEndpoint(capability, "The HTTP provider cannot start without them.");
        }

        _http = http;
        _options = options;
        _capability = capability;
        _logger = logger;
        _timeProvider = timeProvider;
        _baseUrl = options.BaseUrl!.TrimEnd('/');
    }

    public string Capability => _capability;

    public string Model => _options.Model!;

    /// <summary>POSTs the content made by <paramref name="createContent"/> (once per attempt) and returns the success body.</summary>
    public async Task<byte[]> PostAsync(string path, Func<HttpContent> createContent, CancellationToken ct)
    {
        var endpoint = new Uri(_baseUrl + path);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = createContent() };
            if (!string.IsNullOrEmpty(_options.ApiKey))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
            }

            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            attemptTimeout.CancelAfter(_options.Timeout);
            HttpAnswer answer;
            try
            {
                answer = await SendOnceAsync(request, attemptTimeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                AiLog.TimedOut(_logger, _capability, endpoint, _options.TimeoutSeconds);
                throw new ProviderTimeoutException(_capability, _options.Timeout);
            }
            catch (HttpRequestException error) when (attempt < _options.MaxRetries)
            {
                var wait = RetryDelay.For(null, attempt, _options.MaxRetryDelay, _timeProvider.GetUtcNow());
                AiLog.Unreachable(_logger, error, _capability, endpoint, attempt + 1, _options.MaxRetries, wait.TotalMilliseconds);
                await Task.Delay(wait, _timeProvider, ct).ConfigureAwait(false);
                continue;
            }
            catch (HttpRequestException error)
            {
                throw new ProviderResponseException(_capability, $"could not reach {endpoint}: {error.Message}", inner: error);
            }

            if (answer.Status is >= 200 and < 300)
            {
                return answer.Body;
            }

            var transient = answer.Status == (int)HttpStatusCode.TooManyRequests || answer.Status >= 500;
            if (!transient || attempt >= _options.MaxRetries)
            {
                AiLog.Failed(_logger, _capability, endpoint, answer.Status, attempt + 1);
                throw new ProviderResponseException(
                    _capability, $"{endpoint} answered {answer.Status} {answer.Reason}: {Excerpt(answer.Body)}", answer.Status);
            }

            var delay = RetryDelay.For(answer.RetryAfter, attempt, _options.MaxRetryDelay, _timeProvider.GetUtcNow());
            AiLog.Retrying(_logger, _capability, answer.Status, endpoint, attempt + 1, _options.MaxRetries, delay.TotalMilliseconds);
            await Task.Delay(delay, _timeProvider, ct).ConfigureAwait(false);
        }
    }

    /// <summary>POSTs and parses the success body as JSON; a body that is not JSON is a <see cref="ProviderResponseException"/>.</summary>
    public async Task<JsonDocument> PostForJsonAsync(string path, Func<HttpContent> createContent, CancellationToken ct)
    {
        var body = await PostAsync(path, createContent, ct).ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new ProviderResponseException(_capability, $"{path} answered with malformed JSON: {Excerpt(body)}", inner: error);
        }
    }

    /// <summary>A provider-specific failure about a response that parsed but lacked what Mesh needs.</summary>
    public ProviderResponseException Unusable(string problem) => new(_capability, problem);

    private async Task<HttpAnswer> SendOnceAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        return new HttpAnswer((int)response.StatusCode, response.ReasonPhrase, response.Headers.RetryAfter, body);
    }

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, BodyExcerptLength));
        return body.Length > BodyExcerptLength ? text + "…" : text;
    }

    private sealed record HttpAnswer(int Status, string? Reason, RetryConditionHeaderValue? RetryAfter, byte[] Body);
}
