namespace Mesh.Grains.Audio;

/// <summary>Image formats Mesh accepts for vision input (photos of documents, wounds, insurance cards).</summary>
public enum ImageFormat
{
    /// <summary>Not a format Mesh recognises.</summary>
    Unknown,

    /// <summary>JPEG.</summary>
    Jpeg,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>WebP (RIFF container).</summary>
    Webp,

    /// <summary>HEIC/HEIF, what iPhones photograph in.</summary>
    Heic,
}
