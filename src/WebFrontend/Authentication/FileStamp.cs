namespace Mesh.WebFrontend.Authentication;

/// <summary>What tells a changed file from an unchanged one without reading it: its write time and length.</summary>
internal readonly record struct FileStamp(DateTime LastWriteTimeUtc, long Length)
{
    /// <summary>A missing file has its own stamp, so it counts as a change both when it goes and when it comes back.</summary>
    public static FileStamp Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FileStamp(file.LastWriteTimeUtc, file.Length) : new FileStamp(DateTime.MinValue, -1);
    }
}
