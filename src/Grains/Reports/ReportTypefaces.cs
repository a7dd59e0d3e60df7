using Mesh.Grains.Reports.Pdf;

namespace Mesh.Grains.Reports;

/// <summary>
/// The DejaVu Sans faces embedded in this assembly, parsed once per process, so reports render the same on any
/// host whether or not it has fonts installed, and no render pays for parsing.
/// </summary>
internal static class ReportTypefaces
{
    private static readonly Lazy<TrueTypeFont> RegularFace = new(() => Load("Mesh.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<TrueTypeFont> BoldFace = new(() => Load("Mesh.Fonts.DejaVuSans-Bold.ttf"));

    public static TrueTypeFont Regular => RegularFace.Value;

    public static TrueTypeFont Bold => BoldFace.Value;

    private static TrueTypeFont Load(string resourceName)
    {
        using var stream = typeof(ReportTypefaces).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Font resource '{resourceName}' is missing from the Mesh.Grains assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return TrueTypeParser.Parse(bytes);
    }
}
