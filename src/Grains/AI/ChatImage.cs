using Mesh.Grains.Audio;

namespace Mesh.Grains.AI;

/// <summary>An image attached to a chat message; sent as a data URL.</summary>
public sealed record ChatImage(byte[] Data, ImageFormat Format)
{
    /// <summary>Wraps <paramref name="data"/>, taking the format from its content.</summary>
    public static ChatImage FromBytes(byte[] data) => new(data, ImageFormatSniffer.Detect(data));

    /// <summary>The image as a <c>data:</c> URL.</summary>
    public string ToDataUrl() => $"data:{ImageFormatSniffer.MimeType(Format)};base64,{Convert.ToBase64String(Data)}";
}
