using PdfSharp;
using PdfSharp.Fonts;

namespace Mesh.Grains.Reports;

/// <summary>Process-wide PDFsharp state (font resolver, license), set once however many renderers are created.</summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static string? _appliedLicense;

    public static void EnsureInitialized(ReportRenderingOptions options)
    {
        var license = options.PdfSharpLicense?.Trim();
        if (string.IsNullOrEmpty(license))
        {
            throw new InvalidOperationException(
                $"PDF rendering needs a PDFsharp license choice: set '{ReportRenderingOptions.SectionName}:PdfSharpLicense' " +
                $"to '{ReportRenderingOptions.AgplLicense}' or to a commercial PDFsharp license code.");
        }

        lock (Gate)
        {
            // PDFsharp caches resolved faces globally; replacing the resolver after first use would mix fonts.
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }

            if (_appliedLicense == license)
            {
                return;
            }

            if (string.Equals(license, ReportRenderingOptions.AgplLicense, StringComparison.OrdinalIgnoreCase))
            {
                PdfSharpLicense.SetAgplLicense();
            }
            else
            {
                PdfSharpLicense.LoadLicense(license);
            }

            _appliedLicense = license;
        }
    }
}
