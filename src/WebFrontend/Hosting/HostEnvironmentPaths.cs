namespace Mesh.WebFrontend.Hosting;

internal static class HostEnvironmentPaths
{
    /// <summary>Relative paths in configuration start at the content root, not at whatever folder the process started in.</summary>
    public static string ResolvePath(this IHostEnvironment environment, string path) =>
        Path.GetFullPath(path, environment.ContentRootPath);
}
