namespace Mesh.Grains.AI.Offline;

/// <summary>The offline default: returns the text unchanged and says so, so the UI can show "not translated".</summary>
public sealed class PassThroughTranslator : ITranslator
{
    /// <inheritdoc />
    public Task<Translation> TranslateAsync(string text, string from, string to, CancellationToken ct) =>
        Task.FromResult(new Translation(text, from, to, Translated: false));
}
