using System.Buffers.Binary;

namespace Mesh.Grains.Tests.Live;

/// <summary>16 kHz mono PCM16 built piece by piece: room noise, tones standing in for voiced speech. Seeded, so repeatable.</summary>
internal sealed class SyntheticAudio(int seed = 7)
{
    public const int SampleRate = 16_000;

    private readonly List<short> _samples = [];
    private readonly Random _random = new(seed);

    public TimeSpan Length => TimeSpan.FromTicks(_samples.Count * TimeSpan.TicksPerSecond / SampleRate);

    /// <summary>Room noise only, at <paramref name="noiseDbfs"/> RMS.</summary>
    public SyntheticAudio Silence(double seconds, double noiseDbfs = -60)
    {
        for (var i = 0; i < Count(seconds); i++)
        {
            _samples.Add(Clip(Noise(noiseDbfs)));
        }

        return this;
    }

    /// <summary>A tone at <paramref name="dbfs"/> RMS over the room noise.</summary>
    public SyntheticAudio Tone(double seconds, double dbfs = -20, double hertz = 220, double noiseDbfs = -60)
    {
        var amplitude = Rms(dbfs) * Math.Sqrt(2);
        for (var i = 0; i < Count(seconds); i++)
        {
            _samples.Add(Clip((amplitude * Math.Sin(2 * Math.PI * hertz * i / SampleRate)) + Noise(noiseDbfs)));
        }

        return this;
    }

    /// <summary>Speech-like talk: 300 ms syllables with 100 ms gaps, shorter than any hangover.</summary>
    public SyntheticAudio Talk(double seconds, double dbfs = -20)
    {
        var end = _samples.Count + Count(seconds);
        while (_samples.Count < end)
        {
            Tone(Math.Min(0.3, (end - _samples.Count) / (double)SampleRate), dbfs, hertz: 180 + _random.Next(120));
            Silence(Math.Min(0.1, (end - _samples.Count) / (double)SampleRate));
        }

        return this;
    }

    /// <summary>Appends samples made elsewhere, e.g. a decoded WAV.</summary>
    public SyntheticAudio Samples(ReadOnlySpan<short> samples)
    {
        foreach (var sample in samples)
        {
            _samples.Add(sample);
        }

        return this;
    }

    public byte[] ToPcm16()
    {
        var bytes = new byte[_samples.Count * 2];
        for (var i = 0; i < _samples.Count; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(2 * i), _samples[i]);
        }

        return bytes;
    }

    /// <summary>RMS level of PCM16 audio in dBFS.</summary>
    public static double LevelDbfs(byte[] pcm16)
    {
        double squares = 0;
        for (var i = 0; i + 1 < pcm16.Length; i += 2)
        {
            double sample = BinaryPrimitives.ReadInt16LittleEndian(pcm16.AsSpan(i));
            squares += sample * sample;
        }

        return 10 * Math.Log10(Math.Max(squares / (pcm16.Length / 2) / (32768.0 * 32768.0), 1e-12));
    }

    private static int Count(double seconds) => (int)Math.Round(seconds * SampleRate);

    private static double Rms(double dbfs) => 32768 * Math.Pow(10, dbfs / 20);

    private static short Clip(double value) => (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);

    // Sum of four uniforms: close enough to Gaussian, with unit variance after scaling by sqrt(3).
    private double Noise(double dbfs)
    {
        var sum = 0.0;
        for (var i = 0; i < 4; i++)
        {
            sum += (_random.NextDouble() * 2) - 1;
        }

        return Rms(dbfs) * sum * Math.Sqrt(3) / 2;
    }
}
