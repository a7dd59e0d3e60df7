using Orleans;

namespace Mesh.Grains.Audio;

/// <summary>ffmpeg could not turn the input into PCM audio (unreadable or unsupported input).</summary>
[GenerateSerializer, Alias("Mesh.Grains.Audio.AudioConversionException")]
public sealed class AudioConversionException(string message) : InvalidOperationException(message);
