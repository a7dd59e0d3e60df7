using PdfSharp.Fonts;

namespace Mesh.Grains.Reports;

/// <summary>
/// Serves PDFsharp the DejaVu Sans faces embedded in this assembly, so reports render the same on any host whether
/// or not it has fonts installed (PDFsharp finds no system fonts off Windows). Registered once per process, before
/// PDFsharp touches any font: PDFsharp keeps one resolver for the whole process.
/// </summary>
internal sealed class ReportFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Registration = new(() =>
    {
        // A resolver another part of the host set first is left alone; PDFsharp refuses a change once fonts are used.
        GlobalFontSettings.FontResolver ??= new ReportFontResolver();
        return true;
    });

    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    public static void Register() => _ = Registration.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, FamilyName, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var resourceName = $"Mesh.Fonts.{face}.ttf";
        using var stream = typeof(ReportFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Font resource '{resourceName}' is missing from the Mesh.Grains assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
