using System.Diagnostics;

namespace Mesh.Grains.Tests.Reports;

/// <summary>Extracts text with poppler's pdftotext, an independent reader of what the PDF really contains.</summary>
internal static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mesh-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {await error}");
            return await output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static int PageCount(string text) => text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Length;
}
