using Orleans;

namespace Mesh.Grains.Audio;

/// <summary>The bytes are not a usable PCM16 WAV file; the message says why.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Audio.WavFormatException")]
public sealed class WavFormatException(string reason) : FormatException($"Not a usable PCM16 WAV file: {reason}");
