using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.AI;

/// <summary>
/// Where and how to reach an OpenAI-compatible server for one capability, bound from <c>Mesh:AI:&lt;Capability&gt;</c>.
/// A class rather than a record so that no generated ToString can print the key.
/// </summary>
public sealed class AiEndpointOptions
{
    /// <summary>Base URL including the API version path, e.g. <c>https://api.openai.com/v1</c> or <c>http://localhost:8080/v1</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Model name sent with every request, e.g. <c>whisper-1</c>.</summary>
    public string? Model { get; init; }

    /// <summary>Sent as <c>Authorization: Bearer</c>; optional for local servers. Never logged.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Time allowed for one HTTP attempt; an attempt that runs out of it is not retried. Default 60 s.</summary>
    public double TimeoutSeconds { get; init; } = 60;

    /// <summary>Retries after a 408, 429 or 5xx answer or an unreachable server, with exponential backoff or the server's Retry-After. Default 2.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Upper bound on a single wait before retrying, whatever Retry-After asks for. Default 20 s.</summary>
    public double MaxRetryDelaySeconds { get; init; } = 20;

    /// <summary>Voice for text-to-speech. Default <c>alloy</c>.</summary>
    public string Voice { get; init; } = "alloy";

    /// <summary>
    /// Whether patient data may go to this endpoint as it is. Unset, an endpoint on this machine (loopback) is trusted and
    /// any other is not: text for an untrusted one is de-identified first (see <c>AI/Privacy</c>).
    /// </summary>
    public bool? Trusted { get; init; }

    /// <summary><see cref="Trusted"/>, or whether <see cref="BaseUrl"/> is a loopback address when it is unset.</summary>
    public bool IsTrusted => Trusted ?? Privacy.TrustedEndpoints.IsLoopback(BaseUrl);

    /// <summary>True when both <see cref="BaseUrl"/> and <see cref="Model"/> are set.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl) && !string.IsNullOrWhiteSpace(Model);

    /// <summary>The per-attempt timeout as a span.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>The retry wait cap as a span.</summary>
    public TimeSpan MaxRetryDelay => TimeSpan.FromSeconds(MaxRetryDelaySeconds);

    /// <summary>Reads the options of <paramref name="capability"/> from <c>Mesh:AI:&lt;Capability&gt;</c>.</summary>
    public static AiEndpointOptions FromConfiguration(IConfiguration configuration, string capability)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AiCapabilities.SectionOf(capability));
        var defaults = new AiEndpointOptions();
        return new AiEndpointOptions
        {
            BaseUrl = section[nameof(BaseUrl)],
            Model = section[nameof(Model)],
            ApiKey = section[nameof(ApiKey)],
            TimeoutSeconds = Number(section, nameof(TimeoutSeconds), defaults.TimeoutSeconds),
            MaxRetries = (int)Number(section, nameof(MaxRetries), defaults.MaxRetries),
            MaxRetryDelaySeconds = Number(section, nameof(MaxRetryDelaySeconds), defaults.MaxRetryDelaySeconds),
            Voice = section[nameof(Voice)] ?? defaults.Voice,
            Trusted = Privacy.TrustedEndpoints.Parse(section, nameof(Trusted)),
        };
    }

    private static double Number(IConfigurationSection section, string key, double fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new FormatException($"{section.Path}:{key} must be a non-negative number, not '{text}'.");
    }
}
