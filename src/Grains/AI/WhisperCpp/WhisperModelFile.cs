using System.Buffers.Binary;
using System.Text;

namespace Mesh.Grains.AI.WhisperCpp;

/// <summary>
/// Checks the model file before whisper.cpp sees it: whisper.cpp's own failure names neither the file nor the cause,
/// and some malformed headers abort the process instead of failing.
/// </summary>
public static class WhisperModelFile
{
    /// <summary>The ggml magic, <c>0x67676d6c</c>; little-endian on disk, so a model file begins with the bytes "lmgg".</summary>
    public const uint GgmlMagic = 0x67676d6c;

    private const int HeaderInts = 11;
    private const int HeaderBytes = 4 + (4 * HeaderInts);
    private const string WhereToGetOne =
        "Mesh needs a ggml Whisper model from the whisper.cpp project, e.g. ggml-base.en.bin (English) or ggml-small.bin (multilingual)";

    /// <summary>
    /// Returns the header of the model at <paramref name="path"/>, or throws a <see cref="ProviderNotConfiguredException"/>
    /// that names <c>Mesh:AI:SpeechToText:ModelPath</c>, the file and what is wrong with it.
    /// </summary>
    public static WhisperModelHeader Verify(string? path)
    {
        var key = WhisperCppOptions.ModelPathKey;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw Problem($"{key} is not set, but {WhisperCppOptions.ProviderKey} is '{WhisperCppOptions.ProviderName}'. {WhereToGetOne}; set {key} to its path.");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw Problem($"{key} '{path}' is not a valid file path: {error.Message}");
        }

        if (Directory.Exists(full))
        {
            throw Problem($"{key} '{path}' is a folder; name the model file in it, e.g. {Path.Combine(path, "ggml-base.en.bin")}.");
        }

        if (!File.Exists(full))
        {
            throw Problem($"{key} '{path}' does not exist (looked for {full}). {WhereToGetOne}; put it there or point {key} at it.");
        }

        var head = new byte[HeaderBytes];
        int read;
        try
        {
            using var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw Problem($"{key} '{path}' cannot be read by this process: {error.Message}");
        }

        if (read < 4)
        {
            throw Problem($"{key} '{path}' is {read} bytes long, too short to be a model. {WhereToGetOne}.");
        }

        var magic = BinaryPrimitives.ReadUInt32LittleEndian(head);
        if (magic != GgmlMagic)
        {
            throw Problem($"{key} '{path}' is not a ggml Whisper model: it begins with {Describe(head.AsSpan(0, 4))}, " +
                $"not with the ggml magic 0x{GgmlMagic:x8} (the bytes \"lmgg\"){Hint(head.AsSpan(0, read))}. {WhereToGetOne}.");
        }

        if (read < HeaderBytes)
        {
            throw Problem($"{key} '{path}' ends after {read} bytes, inside the model header: the file is truncated. {WhereToGetOne}.");
        }

        var values = new int[HeaderInts];
        for (var i = 0; i < HeaderInts; i++)
        {
            values[i] = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(4 + (4 * i)));
        }

        var header = new WhisperModelHeader(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8], values[9], values[10]);
        if (values[..10].Any(value => value <= 0) || header.FileType < 0
            || header.AudioState % header.AudioHeads != 0 || header.TextState % header.TextHeads != 0 || header.AudioState != header.TextState)
        {
            throw Problem($"{key} '{path}' has the ggml magic but not a Whisper model's header ({header}); it may be another ggml model. {WhereToGetOne}.");
        }

        return header;
    }

    private static ProviderNotConfiguredException Problem(string message) => new(AiCapabilities.SpeechToText, message);

    private static string Describe(ReadOnlySpan<byte> bytes)
    {
        var hex = Convert.ToHexString(bytes);
        var text = new StringBuilder();
        foreach (var b in bytes)
        {
            text.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
        }

        return $"the bytes 0x{hex} (\"{text}\")";
    }

    private static string Hint(ReadOnlySpan<byte> start) => start switch
    {
        _ when start.StartsWith("GGUF"u8) => "; it is a GGUF file (llama.cpp's format), which whisper.cpp does not read",
        _ when start.StartsWith("PK"u8) => "; it is a zip archive, e.g. a PyTorch checkpoint, which whisper.cpp does not read",
        _ when start.TrimStart((byte)' ').StartsWith("<"u8) => "; it looks like an HTML or XML page saved in place of the model",
        _ => string.Empty,
    };
}
