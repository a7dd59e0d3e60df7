using System.ComponentModel;
using System.Diagnostics;

namespace Mesh.Grains.Audio;

/// <summary>
/// Runs a command-line tool (ffmpeg, espeak-ng) with bytes on stdin and collects stdout as bytes. stdin, stdout and
/// stderr are pumped concurrently so a tool that writes before it has read all input cannot deadlock on a full pipe.
/// </summary>
internal static class ExternalTool
{
    public static async Task<ExternalToolResult> RunAsync(
        string fileName, IEnumerable<string> arguments, ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            throw new ExternalToolMissingException(fileName, error);
        }

        try
        {
            var stdout = ReadAllAsync(process.StandardOutput.BaseStream, cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await WriteInputAsync(process, input, cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return new ExternalToolResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw;
        }
    }

    private static async Task WriteInputAsync(Process process, ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(input, cancellationToken).ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The tool closed stdin early (it rejected the input); its exit code and stderr carry the reason.
            return;
        }
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
