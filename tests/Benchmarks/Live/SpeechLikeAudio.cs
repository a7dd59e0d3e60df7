using System.Buffers.Binary;

namespace Mesh.Benchmarks.Live;

/// <summary>
/// Synthetic PCM16 16 kHz mono in 100 ms chunks that Mesh's voice activity detector cuts like speech: 1.5 s of a
/// voiced sound (a 150 Hz tone with harmonics, a syllable-rate swell and some noise, about -20 dBFS) then 1 s of room
/// noise (about -77 dBFS), repeated. The 1 s pause is longer than the detector's 500 ms hangover, so every burst is one
/// utterance. The cycle is computed once; chunks are slices of it, so streaming costs the client no synthesis.
/// </summary>
internal sealed class SpeechLikeAudio
{
    public const int SampleRate = 16_000;
    public const int ChunkBytes = 3_200;
    public const int SpeechChunks = 15;
    public const int SilenceChunks = 10;
    public const int CycleChunks = SpeechChunks + SilenceChunks;
    public const double CycleSeconds = CycleChunks / 10.0;

    private readonly byte[] _cycle = new byte[CycleChunks * ChunkBytes];

    public SpeechLikeAudio(int seed = 7)
    {
        var random = new Random(seed);
        var samples = _cycle.Length / 2;
        var speechSamples = SpeechChunks * ChunkBytes / 2;
        for (var i = 0; i < samples; i++)
        {
            var t = i / (double)SampleRate;
            var noise = (random.NextDouble() * 2) - 1;
            double value;
            if (i < speechSamples)
            {
                // Never below half loudness, so no 20 ms frame inside the burst looks like a pause.
                var swell = 0.75 + (0.25 * Math.Sin(2 * Math.PI * 4 * t));
                var voiced = Math.Sin(2 * Math.PI * 150 * t) + (0.5 * Math.Sin(2 * Math.PI * 300 * t)) + (0.25 * Math.Sin(2 * Math.PI * 450 * t));
                value = (4_000 * swell * voiced) + (500 * noise);
            }
            else
            {
                value = 8 * noise;
            }

            BinaryPrimitives.WriteInt16LittleEndian(_cycle.AsSpan(2 * i), (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue));
        }
    }

    /// <summary>Chunk <paramref name="index"/> of an endless stream (0 is the first chunk of a burst).</summary>
    public ReadOnlyMemory<byte> Chunk(long index) => _cycle.AsMemory((int)(index % CycleChunks) * ChunkBytes, ChunkBytes);
}
