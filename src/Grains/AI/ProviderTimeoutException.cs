using Orleans;

namespace Mesh.Grains.AI;

/// <summary>A provider did not answer within the configured <c>TimeoutSeconds</c>.</summary>
[GenerateSerializer, Alias("Mesh.Grains.AI.ProviderTimeoutException")]
public sealed class ProviderTimeoutException(string capability, TimeSpan timeout)
    : TimeoutException($"{capability} provider did not answer within {timeout.TotalSeconds:0.###} s " +
        $"(raise {AiCapabilities.SectionOf(capability)}:TimeoutSeconds if the server is just slow).")
{
    /// <summary>The capability whose provider timed out.</summary>
    [Id(0)]
    public string Capability { get; } = capability;
}
