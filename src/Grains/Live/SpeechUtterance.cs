namespace Mesh.Grains.Live;

/// <summary>One stretch of speech cut from a live stream by <see cref="VoiceActivityDetector"/>.</summary>
/// <param name="FirstChunk">Sequence number of the chunk holding the utterance's first byte.</param>
/// <param name="LastChunk">Sequence number of the chunk holding its last byte.</param>
/// <param name="Pcm16">The audio: PCM16, 16 kHz, mono, little-endian, pre- and post-roll included.</param>
/// <param name="Start">Where the audio starts, counted from the first sample of the stream.</param>
/// <param name="Duration">How long the audio plays.</param>
public sealed record SpeechUtterance(long FirstChunk, long LastChunk, byte[] Pcm16, TimeSpan Start, TimeSpan Duration)
{
    /// <summary>Where the audio ends, counted from the first sample of the stream.</summary>
    public TimeSpan End => Start + Duration;
}
