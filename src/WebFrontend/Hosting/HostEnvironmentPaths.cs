namespace Mesh.WebFrontend.Hosting;

internal static class HostEnvironmentPaths
{
    /// <summary>
    /// Relative paths in configuration start at the folder the process was started from, so the README's
    /// <c>dotnet run</c> from the repository root keeps its data in <c>./data</c> there.
    /// </summary>
    public static string ResolvePath(this IHostEnvironment environment, string path) =>
        Path.GetFullPath(path, Environment.CurrentDirectory);
}
