namespace Mesh.Grains.Audio;

/// <summary>Audio container formats Mesh recognises by content.</summary>
public enum AudioFormat
{
    /// <summary>Not a format Mesh recognises.</summary>
    Unknown,

    /// <summary>RIFF/WAVE.</summary>
    Wav,

    /// <summary>WebM/Matroska (EBML), what browsers record with MediaRecorder.</summary>
    WebM,

    /// <summary>Ogg (Opus or Vorbis).</summary>
    Ogg,

    /// <summary>MPEG audio layer III, with or without an ID3 tag.</summary>
    Mp3,

    /// <summary>MPEG-4 audio (ftyp box), what iOS records.</summary>
    M4a,
}
