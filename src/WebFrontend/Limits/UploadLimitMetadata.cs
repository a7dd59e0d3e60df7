namespace Mesh.WebFrontend.Limits;

/// <summary>Marks a route that accepts uploads up to Mesh:Limits:MaxUploadBytes instead of the JSON body limit.</summary>
public sealed class UploadLimitMetadata
{
    public static readonly UploadLimitMetadata Instance = new();

    private UploadLimitMetadata()
    {
    }
}
