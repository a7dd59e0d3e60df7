namespace Mesh.WebFrontend.Hosting;

/// <summary>Settings of the web frontend, bound from the "Mesh" configuration section.</summary>
public sealed class MeshWebOptions
{
    public const string SectionName = "Mesh";

    /// <summary>One machine, one command: hosts a silo in-process and accepts locally signed development tokens.</summary>
    public bool LocalMode { get; set; }

    /// <summary>Folder for local files (SQLite, the development signing key). Relative paths start at the content root.</summary>
    public string DataDirectory { get; set; } = "./data";

    public MeshCorsOptions Cors { get; set; } = new();

    public MeshLimitsOptions Limits { get; set; } = new();

    public MeshAuthOptions Auth { get; set; } = new();
}
