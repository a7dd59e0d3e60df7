using System.Reflection;
using PdfSharp.Fonts;

namespace Mesh.Grains.Reports;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly for every family name, so reports render the same
/// on any host whether or not it has fonts installed. Font bytes are read once per process.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";
    private const string RegularFace = "DejaVuSans";
    private const string BoldFace = "DejaVuSans-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load("Mesh.Fonts.DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("Mesh.Fonts.DejaVuSans-Bold.ttf"));

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => Regular.Value,
        BoldFace => Bold.Value,
        _ => null,
    };

    private static byte[] Load(string resourceName)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Font resource '{resourceName}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
