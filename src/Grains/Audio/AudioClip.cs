namespace Mesh.Grains.Audio;

/// <summary>Encoded audio and its container format.</summary>
public sealed record AudioClip(byte[] Data, AudioFormat Format)
{
    /// <summary>Wraps <paramref name="data"/>, taking the format from its content rather than any file name.</summary>
    public static AudioClip FromBytes(byte[] data) => new(data, AudioFormatSniffer.Detect(data));
}
