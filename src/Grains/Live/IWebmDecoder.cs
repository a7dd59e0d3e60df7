namespace Mesh.Grains.Live;

/// <summary>Turns a live WebM/Opus recording, chunk by chunk, into PCM16 16 kHz mono.</summary>
public interface IWebmDecoder : IDisposable
{
    /// <summary>Feeds a chunk and returns the PCM decoded so far (it lags the input a little).</summary>
    Task<byte[]> DecodeAsync(byte[] chunk, CancellationToken ct);

    /// <summary>Ends the input and returns the rest of the PCM.</summary>
    Task<byte[]> FinishAsync(CancellationToken ct);
}

/// <summary>Makes one decoder per live encounter.</summary>
public interface IWebmDecoderFactory
{
    /// <summary>
    /// A decoder for an encounter. <paramref name="header"/> is the recording's first chunk when decoding starts in the
    /// middle (after a failover): its header is fed first so the rest can be read.
    /// </summary>
    IWebmDecoder Create(byte[]? header);
}
