using System.Runtime.InteropServices;

namespace Mesh.Grains.Audio;

/// <summary>Decoded PCM16 audio: little-endian interleaved samples and the format needed to interpret them.</summary>
public sealed record WavAudio(int SampleRate, int Channels, ReadOnlyMemory<byte> Pcm)
{
    /// <summary>Interleaved samples (little-endian hosts read them in place).</summary>
    public ReadOnlySpan<short> Samples => MemoryMarshal.Cast<byte, short>(Pcm.Span);

    /// <summary>Samples per channel.</summary>
    public int FrameCount => Pcm.Length / (2 * Channels);

    /// <summary>Playing time.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds((double)FrameCount / SampleRate);
}
