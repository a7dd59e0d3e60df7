namespace Mesh.Grains.AI.WhisperCpp;

/// <summary>The hyperparameters at the start of a ggml Whisper model file, in the order whisper.cpp reads them.</summary>
public sealed record WhisperModelHeader(
    int VocabularySize,
    int AudioContext,
    int AudioState,
    int AudioHeads,
    int AudioLayers,
    int TextContext,
    int TextState,
    int TextHeads,
    int TextLayers,
    int Mels,
    int FileType)
{
    /// <summary>The smallest vocabulary of a multilingual model; English-only models (<c>*.en.bin</c>) have 51864 tokens.</summary>
    public const int MultilingualVocabularySize = 51865;

    /// <summary>Whether the model knows languages other than English (and can detect which one is spoken).</summary>
    public bool IsMultilingual => VocabularySize >= MultilingualVocabularySize;
}
