using System.Diagnostics;

namespace Mesh.Grains.Tests.Reports;

/// <summary>Runs poppler's command-line tools, independent readers of what a PDF really contains.</summary>
internal static class Poppler
{
    public static async Task<string> ExtractTextAsync(byte[] pdf)
    {
        var result = await RunAsync("pdftotext", pdf, ["-enc", "UTF-8"], "-");
        Assert.True(result.ExitCode == 0, $"pdftotext failed: {result.Error}");
        return result.Output;
    }

    /// <summary>pdfinfo's report; poppler writes every syntax problem it repairs to stderr.</summary>
    public static Task<ToolResult> InfoAsync(byte[] pdf) => RunAsync("pdfinfo", pdf, [], null);

    /// <summary>Renders the first page at 60 dpi and returns the PNG bytes.</summary>
    public static async Task<byte[]> RenderFirstPageAsync(byte[] pdf)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"mesh-page-{Guid.NewGuid():N}");
        try
        {
            var result = await RunAsync("pdftoppm", pdf, ["-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile"], prefix);
            Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"pdftoppm failed: {result.Error}");
            return await File.ReadAllBytesAsync(prefix + ".png");
        }
        finally
        {
            File.Delete(prefix + ".png");
        }
    }

    public static int PageCount(string text) => text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Length;

    private static async Task<ToolResult> RunAsync(string tool, byte[] pdf, string[] options, string? output)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mesh-report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo(tool, [.. options, path, .. output is null ? Array.Empty<string>() : [output]])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return new ToolResult(process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public sealed record ToolResult(int ExitCode, string Output, string Error);
}
