namespace Mesh.WebFrontend.Hosting;

/// <summary>Cross-origin access; no origin is allowed unless listed.</summary>
public sealed class MeshCorsOptions
{
    /// <summary>Exact origins such as "https://clinic.example.org".</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
