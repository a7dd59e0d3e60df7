using Orleans;

namespace Mesh.Grains.AI;

/// <summary>An AI capability was used but no provider is configured for it; the message names the keys to set.</summary>
[GenerateSerializer, Alias("Mesh.Grains.AI.ProviderNotConfiguredException")]
public sealed class ProviderNotConfiguredException(string capability, string message) : InvalidOperationException(message)
{
    /// <summary>The capability that is missing, one of <see cref="AiCapabilities"/>.</summary>
    [Id(0)]
    public string Capability { get; } = capability;

    /// <summary>The standard message for an HTTP capability without <c>BaseUrl</c>/<c>Model</c>.</summary>
    public static ProviderNotConfiguredException MissingEndpoint(string capability, string consequence)
    {
        var section = AiCapabilities.SectionOf(capability);
        return new ProviderNotConfiguredException(
            capability,
            $"No {capability} provider is configured. Set {section}:BaseUrl and {section}:Model " +
            $"(and {section}:ApiKey if the server requires one) to use an OpenAI-compatible server. {consequence}");
    }
}
