namespace Mesh.Grains.Live;

/// <summary>Edits a radiology report's sections from dictation.</summary>
public interface IRadiologyEditor
{
    /// <summary>The findings after adding <paramref name="dictation"/> to <paramref name="current"/>.</summary>
    Task<string> MergeFindingsAsync(string current, string dictation, string language, CancellationToken ct);

    /// <summary>The impressions <paramref name="dictation"/> gives once cleaned of speech noise.</summary>
    Task<string> CleanImpressionsAsync(string dictation, string language, CancellationToken ct);
}
