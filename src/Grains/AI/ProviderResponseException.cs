using Orleans;

namespace Mesh.Grains.AI;

/// <summary>A provider answered, but not with something Mesh can use (error status, malformed or empty body).</summary>
[GenerateSerializer, Alias("Mesh.Grains.AI.ProviderResponseException")]
public sealed class ProviderResponseException(string capability, string message, int? statusCode = null, Exception? inner = null)
    : InvalidOperationException($"{capability} provider: {message}", inner)
{
    /// <summary>The capability whose provider failed.</summary>
    [Id(0)]
    public string Capability { get; } = capability;

    /// <summary>The HTTP status, when the failure was an HTTP error answer.</summary>
    [Id(1)]
    public int? StatusCode { get; } = statusCode;
}
