namespace Mesh.WebFrontend.Limits;

public static class UploadLimitExtensions
{
    /// <summary>Lets this route take bodies up to Mesh:Limits:MaxUploadBytes (audio, documents) instead of the JSON limit.</summary>
    public static TBuilder WithUploadLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(UploadLimitMetadata.Instance);
}
