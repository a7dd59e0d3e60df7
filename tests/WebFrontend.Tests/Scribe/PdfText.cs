using System.Diagnostics;

namespace Mesh.WebFrontend.Tests.Scribe;

/// <summary>The text of a PDF as poppler's pdftotext reads it: what a person sees on the page.</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext (poppler-utils) is required.");
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(pdf);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return await output;
    }
}
