using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Live;

/// <summary>
/// How <see cref="VoiceActivityDetector"/> cuts PCM16 16 kHz mono audio into utterances. Bound from
/// <c>Mesh:Live:VoiceActivity</c>; durations are given there in milliseconds (<c>HangoverMilliseconds</c>, …).
/// </summary>
public sealed record VoiceActivityOptions
{
    /// <summary>The only sample rate the detector accepts: what clinic apps stream.</summary>
    public const int SampleRate = 16_000;

    /// <summary>The configuration section the options are read from.</summary>
    public const string Section = "Mesh:Live:VoiceActivity";

    /// <summary>Length of one analysis frame; a whole number of samples between 5 and 100 ms. Default 20 ms.</summary>
    public TimeSpan FrameLength { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>A frame quieter than this is never speech, however quiet the room. Default -50 dBFS.</summary>
    public double MinimumSpeechDbfs { get; init; } = -50;

    /// <summary>How far above the noise floor a frame must be to count as speech. Default 12 dB.</summary>
    public double NoiseMarginDb { get; init; } = 12;

    /// <summary>
    /// The noise floor is the quietest frame of this recent window, so it follows a fan switched on within the window
    /// while word gaps keep pulling it back down during speech. Default 3 s.
    /// </summary>
    public TimeSpan NoiseFloorWindow { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The floor assumed until a first window has been heard, so speech at the very start of a stream is not taken
    /// for the room's noise. Default -70 dBFS (a quiet room).
    /// </summary>
    public double InitialNoiseFloorDbfs { get; init; } = -70;

    /// <summary>Consecutive speech frames that open an utterance; fewer are a click. Default 3.</summary>
    public int SpeechStartFrames { get; init; } = 3;

    /// <summary>Silence that ends an utterance; shorter pauses stay inside it. Default 500 ms.</summary>
    public TimeSpan Hangover { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Speech shorter than this (first to last speech frame) is dropped as a cough or a knock. Default 250 ms.</summary>
    public TimeSpan MinUtterance { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>An utterance reaching this length is cut, so transcription never waits on a monologue. Default 15 s.</summary>
    public TimeSpan MaxUtterance { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Audio kept before the first speech frame, so soft word onsets are not clipped. Default 200 ms.</summary>
    public TimeSpan PreRoll { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Audio kept after the last speech frame, for trailing consonants; at most <see cref="Hangover"/>. Default 200 ms.</summary>
    public TimeSpan PostRoll { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Samples in one frame.</summary>
    internal int FrameSamples => (int)Math.Round(FrameLength.TotalSeconds * SampleRate);

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        var frameSamples = FrameLength.TotalSeconds * SampleRate;
        Require(frameSamples is >= 80 and <= 1600 && Math.Abs(frameSamples - Math.Round(frameSamples)) < 1e-6,
            nameof(FrameLength), "must be a whole number of 16 kHz samples between 5 and 100 ms");
        Require(double.IsFinite(MinimumSpeechDbfs) && MinimumSpeechDbfs is <= 0 and >= -100, nameof(MinimumSpeechDbfs), "must be between -100 and 0 dBFS");
        Require(double.IsFinite(NoiseMarginDb) && NoiseMarginDb is >= 0 and <= 60, nameof(NoiseMarginDb), "must be between 0 and 60 dB");
        Require(double.IsFinite(InitialNoiseFloorDbfs) && InitialNoiseFloorDbfs is <= 0 and >= -100, nameof(InitialNoiseFloorDbfs), "must be between -100 and 0 dBFS");
        Require(NoiseFloorWindow >= FrameLength, nameof(NoiseFloorWindow), "must hold at least one frame");
        Require(SpeechStartFrames >= 1, nameof(SpeechStartFrames), "must be at least 1");
        Require(Hangover >= FrameLength, nameof(Hangover), "must be at least one frame");
        Require(MinUtterance >= TimeSpan.Zero, nameof(MinUtterance), "must not be negative");
        Require(PreRoll >= TimeSpan.Zero, nameof(PreRoll), "must not be negative");
        Require(PostRoll >= TimeSpan.Zero && PostRoll <= Hangover, nameof(PostRoll), "must be between zero and the hangover");
        Require(MaxUtterance >= PreRoll + (FrameLength * (SpeechStartFrames + 1)) && MaxUtterance > MinUtterance,
            nameof(MaxUtterance), "must be longer than the minimum utterance and than the pre-roll plus the speech start frames");
    }

    /// <summary>Reads <c>Mesh:Live:VoiceActivity</c>; a missing key keeps its default.</summary>
    public static VoiceActivityOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var defaults = new VoiceActivityOptions();
        var options = new VoiceActivityOptions
        {
            FrameLength = Milliseconds(section, "FrameLengthMilliseconds", defaults.FrameLength),
            MinimumSpeechDbfs = Number(section, nameof(MinimumSpeechDbfs), defaults.MinimumSpeechDbfs),
            NoiseMarginDb = Number(section, nameof(NoiseMarginDb), defaults.NoiseMarginDb),
            NoiseFloorWindow = Milliseconds(section, "NoiseFloorWindowMilliseconds", defaults.NoiseFloorWindow),
            InitialNoiseFloorDbfs = Number(section, nameof(InitialNoiseFloorDbfs), defaults.InitialNoiseFloorDbfs),
            SpeechStartFrames = (int)Number(section, nameof(SpeechStartFrames), defaults.SpeechStartFrames),
            Hangover = Milliseconds(section, "HangoverMilliseconds", defaults.Hangover),
            MinUtterance = Milliseconds(section, "MinUtteranceMilliseconds", defaults.MinUtterance),
            MaxUtterance = Milliseconds(section, "MaxUtteranceMilliseconds", defaults.MaxUtterance),
            PreRoll = Milliseconds(section, "PreRollMilliseconds", defaults.PreRoll),
            PostRoll = Milliseconds(section, "PostRollMilliseconds", defaults.PostRoll),
        };
        options.Validate();
        return options;
    }

    private static TimeSpan Milliseconds(IConfigurationSection section, string key, TimeSpan fallback) =>
        TimeSpan.FromMilliseconds(Number(section, key, fallback.TotalMilliseconds));

    private static double Number(IConfigurationSection section, string key, double fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"{section.Path}:{key} must be a number, not '{text}'.");
    }

    private static void Require(bool condition, string name, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"VoiceActivityOptions.{name} {problem}.", name);
        }
    }
}
