namespace Mesh.WebFrontend.Hosting;

/// <summary>Request size and rate limits.</summary>
public sealed class MeshLimitsOptions
{
    /// <summary>Largest request body on ordinary routes (JSON); default 1 MB.</summary>
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest request body on routes marked with <c>WithUploadLimit()</c>; default 100 MB.</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Requests each user (or anonymous client address) may make per window; default 600.</summary>
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Length of the rate-limit window in seconds; default 60.</summary>
    public int WindowSeconds { get; set; } = 60;
}
