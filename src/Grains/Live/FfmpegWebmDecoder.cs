using System.ComponentModel;
using System.Diagnostics;
using Mesh.Grains.Audio;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Live;

/// <summary>
/// One long-running ffmpeg process per live WebM encounter: chunks go to its stdin, PCM is read from its stdout in the
/// background. If ffmpeg dies (a corrupt chunk), a new one is started and given the recording's header again, so the
/// encounter goes on with the next chunk.
/// </summary>
public sealed partial class FfmpegWebmDecoder : IWebmDecoder
{
    private static readonly byte[] ClusterId = [0x1F, 0x43, 0xB6, 0x75];

    private readonly string _ffmpegPath;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly MemoryStream _decoded = new();
    private byte[]? _header;
    private Process? _process;
    private Task? _reader;

    public FfmpegWebmDecoder(string ffmpegPath, byte[]? header, ILogger? logger = null)
    {
        _ffmpegPath = ffmpegPath;
        _logger = logger ?? NullLogger.Instance;
        _header = header is null ? null : HeaderOf(header);
    }

    /// <summary>How many times ffmpeg was started; more than one means it was restarted.</summary>
    public int Starts { get; private set; }

    public async Task<byte[]> DecodeAsync(byte[] chunk, CancellationToken ct)
    {
        _header ??= HeaderOf(chunk);
        var process = EnsureProcess(out var fresh);
        try
        {
            if (fresh && _header is not null && !StartsWithHeader(chunk))
            {
                await process.StandardInput.BaseStream.WriteAsync(_header, ct).ConfigureAwait(false);
            }

            await process.StandardInput.BaseStream.WriteAsync(chunk, ct).ConfigureAwait(false);
            await process.StandardInput.BaseStream.FlushAsync(ct).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            // ffmpeg exited (it could not read this chunk); the next chunk starts a new one.
            LogRestart(_logger, error);
            Stop();
        }

        return TakeDecoded();
    }

    public async Task<byte[]> FinishAsync(CancellationToken ct)
    {
        if (_process is { } process)
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException error)
            {
                // ffmpeg exited before the end of its input: what it decoded until then is read below.
                LogExitedEarly(_logger, error);
            }

            await process.WaitForExitAsync(ct).ConfigureAwait(false);
            if (_reader is not null)
            {
                await _reader.ConfigureAwait(false);
            }
        }

        var rest = TakeDecoded();
        Stop();
        return rest;
    }

    public void Dispose() => Stop();

    private Process EnsureProcess(out bool fresh)
    {
        fresh = false;
        if (_process is { HasExited: false } running)
        {
            return running;
        }

        Stop();
        var start = new ProcessStartInfo(_ffmpegPath, [
            // Small probe and no analysis: decode from the first cluster instead of buffering megabytes first.
            "-hide_banner", "-nostdin", "-loglevel", "error", "-probesize", "4096", "-analyzeduration", "0", "-fflags", "nobuffer",
            "-f", "webm", "-i", "pipe:0",
            "-vn", "-ac", "1", "-ar", "16000", "-flush_packets", "1", "-f", "s16le", "pipe:1"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception error)
        {
            throw new ExternalToolMissingException(_ffmpegPath, error);
        }

        _process = process;
        _reader = PumpAsync(process.StandardOutput.BaseStream);
        Starts++;
        fresh = true;
        return process;
    }

    private async Task PumpAsync(Stream output)
    {
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await output.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (_gate)
                {
                    _decoded.Write(buffer, 0, read);
                }
            }
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
            // The process was stopped while its output was read; what it wrote before is kept.
            LogOutputClosed(_logger, error);
        }
    }

    private byte[] TakeDecoded()
    {
        lock (_gate)
        {
            // Hand out whole samples only; an odd byte waits for its partner.
            var length = (int)_decoded.Length & ~1;
            var whole = _decoded.GetBuffer().AsSpan(0, length).ToArray();
            var rest = _decoded.GetBuffer().AsSpan(length, (int)_decoded.Length - length).ToArray();
            _decoded.SetLength(0);
            _decoded.Write(rest);
            return whole;
        }
    }

    private void Stop()
    {
        if (_process is { } process)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException error)
            {
                // It exited between the check and the kill: there is nothing left to stop.
                LogExitedEarly(_logger, error);
            }

            process.Dispose();
        }

        _process = null;
    }

    private bool StartsWithHeader(byte[] chunk) =>
        _header is { Length: > 0 } header && chunk.AsSpan().StartsWith(header);

    [LoggerMessage(LogLevel.Warning, "ffmpeg stopped reading a WebM chunk; a new ffmpeg takes the next one")]
    private static partial void LogRestart(ILogger logger, Exception error);

    [LoggerMessage(LogLevel.Debug, "ffmpeg had already exited")]
    private static partial void LogExitedEarly(ILogger logger, Exception error);

    [LoggerMessage(LogLevel.Debug, "ffmpeg's output closed while it was read")]
    private static partial void LogOutputClosed(ILogger logger, Exception error);

    /// <summary>The bytes before the first cluster: EBML header, segment info and tracks, which every decoder needs first.</summary>
    private static byte[]? HeaderOf(byte[] firstChunk)
    {
        if (firstChunk.Length < 4 || firstChunk[0] != 0x1A || firstChunk[1] != 0x45 || firstChunk[2] != 0xDF || firstChunk[3] != 0xA3)
        {
            return null;
        }

        var cluster = firstChunk.AsSpan().IndexOf(ClusterId);
        return cluster > 0 ? firstChunk[..cluster] : firstChunk;
    }
}

/// <summary>Makes ffmpeg decoders.</summary>
public sealed class FfmpegWebmDecoderFactory(ILogger<FfmpegWebmDecoder>? logger = null, string ffmpegPath = "ffmpeg") : IWebmDecoderFactory
{
    public IWebmDecoder Create(byte[]? header) => new FfmpegWebmDecoder(ffmpegPath, header, logger);
}
