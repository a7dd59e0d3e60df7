namespace Mesh.Grains.Audio;

/// <summary>The bytes are not a usable PCM16 WAV file; the message says why.</summary>
public sealed class WavFormatException(string reason) : FormatException($"Not a usable PCM16 WAV file: {reason}");
