namespace Mesh.Grains.Tests.Fakes;

/// <summary>How the fake server misbehaves for one request.</summary>
public enum FakeFaultKind
{
    /// <summary>Never answer (until the client gives up).</summary>
    Hang,

    /// <summary>429 Too Many Requests, with the given Retry-After.</summary>
    TooManyRequests,

    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>200 with a body that is not JSON.</summary>
    MalformedJson,
}

/// <summary>A fault for the next request; <see cref="RetryAfter"/> is the raw header value for 429s.</summary>
public sealed record FakeFault(FakeFaultKind Kind, string? RetryAfter = null);
