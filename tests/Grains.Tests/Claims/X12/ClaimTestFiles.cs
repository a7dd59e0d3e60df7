namespace Mesh.Grains.Tests.Claims.X12;

/// <summary>The hand-written synthetic X12 files under Claims/Files.</summary>
internal static class ClaimTestFiles
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Claims", "Files", name));
}
