using System.Text;

namespace Mesh.Grains.Tests.AI.WhisperCpp;

/// <summary>
/// Writes a ggml Whisper model small enough to make in a test: real file layout (magic, hyperparameters, mel filters,
/// vocabulary, named tensors), one encoder and one decoder layer of width 32, seeded random weights. Its words are
/// nonsense, but whisper.cpp loads it and runs the whole encode-decode path, segments and timestamps included, in a
/// fraction of a second.
/// </summary>
internal static class TinyWhisperModel
{
    /// <summary>The ggml magic, written little-endian ("lmgg").</summary>
    public const uint Magic = 0x67676d6c;

    /// <summary>Vocabulary size of multilingual Whisper models (those detect the language).</summary>
    public const int MultilingualVocabulary = 51865;

    /// <summary>Vocabulary size of English-only Whisper models (<c>*.en.bin</c>).</summary>
    public const int EnglishVocabulary = 51864;

    private const int AudioContext = 1500;
    private const int State = 32;
    private const int Heads = 2;
    private const int TextContext = 64;
    private const int Mels = 80;
    private const int FftBins = 201;
    private const int F32 = 0;
    private const int F16 = 1;

    // whisper.cpp looks up " " (and aborts when it is missing); the rest are ordinary text tokens.
    private static readonly string[] Words = [" ", " the", " patient", " has", " a", " headache", ".", ","];

    /// <summary>Writes the model to <paramref name="path"/> and returns its size in bytes.</summary>
    public static long Write(string path, int vocabulary = MultilingualVocabulary, int seed = 7)
    {
        var random = new Random(seed);
        using var file = File.Create(path);
        using var writer = new BinaryWriter(file, Encoding.UTF8);

        writer.Write(Magic);
        foreach (var value in new[] { vocabulary, AudioContext, State, Heads, 1, TextContext, State, Heads, 1, Mels, F16 })
        {
            writer.Write(value);
        }

        writer.Write(Mels);
        writer.Write(FftBins);
        for (var i = 0; i < Mels * FftBins; i++)
        {
            writer.Write((float)random.NextDouble() * 0.1f);
        }

        writer.Write(Words.Length);
        foreach (var word in Words)
        {
            var bytes = Encoding.UTF8.GetBytes(word);
            writer.Write(bytes.Length);
            writer.Write(bytes);
        }

        Tensor(writer, random, "encoder.positional_embedding", F32, State, AudioContext);
        Tensor(writer, random, "encoder.conv1.weight", F16, 3, Mels, State);
        Tensor(writer, random, "encoder.conv1.bias", F32, 1, State);
        Tensor(writer, random, "encoder.conv2.weight", F16, 3, State, State);
        Tensor(writer, random, "encoder.conv2.bias", F32, 1, State);
        Norm(writer, "encoder.ln_post");
        Block(writer, random, "encoder.blocks.0", cross: false);

        Tensor(writer, random, "decoder.positional_embedding", F32, State, TextContext);
        Tensor(writer, random, "decoder.token_embedding.weight", F16, State, vocabulary);
        Norm(writer, "decoder.ln");
        Block(writer, random, "decoder.blocks.0", cross: true);

        writer.Flush();
        return file.Length;
    }

    private static void Block(BinaryWriter writer, Random random, string prefix, bool cross)
    {
        Norm(writer, $"{prefix}.mlp_ln");
        Tensor(writer, random, $"{prefix}.mlp.0.weight", F16, State, 4 * State);
        Tensor(writer, random, $"{prefix}.mlp.0.bias", F32, 4 * State);
        Tensor(writer, random, $"{prefix}.mlp.2.weight", F16, 4 * State, State);
        Tensor(writer, random, $"{prefix}.mlp.2.bias", F32, State);
        Attention(writer, random, prefix, "attn");
        if (cross)
        {
            Attention(writer, random, prefix, "cross_attn");
        }
    }

    private static void Attention(BinaryWriter writer, Random random, string prefix, string name)
    {
        Norm(writer, $"{prefix}.{name}_ln");
        Tensor(writer, random, $"{prefix}.{name}.query.weight", F16, State, State);
        Tensor(writer, random, $"{prefix}.{name}.query.bias", F32, State);
        Tensor(writer, random, $"{prefix}.{name}.key.weight", F16, State, State);
        Tensor(writer, random, $"{prefix}.{name}.value.weight", F16, State, State);
        Tensor(writer, random, $"{prefix}.{name}.value.bias", F32, State);
        Tensor(writer, random, $"{prefix}.{name}.out.weight", F16, State, State);
        Tensor(writer, random, $"{prefix}.{name}.out.bias", F32, State);
    }

    // Layer norms start as the identity: weight 1, bias 0.
    private static void Norm(BinaryWriter writer, string prefix)
    {
        Tensor(writer, null, $"{prefix}.weight", F32, State);
        Tensor(writer, null, $"{prefix}.bias", F32, State);
    }

    /// <summary>One tensor: dimensions, name length, type, sizes (innermost first, as ggml counts them), name, data.</summary>
    private static void Tensor(BinaryWriter writer, Random? random, string name, int type, params int[] sizes)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        writer.Write(sizes.Length);
        writer.Write(nameBytes.Length);
        writer.Write(type);
        foreach (var size in sizes)
        {
            writer.Write(size);
        }

        writer.Write(nameBytes);
        var count = sizes.Aggregate(1L, (product, size) => product * size);
        var isNormWeight = random is null && name.EndsWith(".weight", StringComparison.Ordinal);
        for (var i = 0L; i < count; i++)
        {
            var value = random is null ? (isNormWeight ? 1f : 0f) : (float)((random.NextDouble() * 2) - 1) * 0.2f;
            if (type == F16)
            {
                writer.Write((Half)value);
            }
            else
            {
                writer.Write(value);
            }
        }
    }
}
