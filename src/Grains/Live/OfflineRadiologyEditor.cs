namespace Mesh.Grains.Live;

/// <summary>The offline radiology editor: <see cref="RadiologyDictation"/>, which only punctuates, tidies and appends.</summary>
public sealed class OfflineRadiologyEditor : IRadiologyEditor
{
    /// <inheritdoc />
    public Task<string> MergeFindingsAsync(string current, string dictation, string language, CancellationToken ct) =>
        Task.FromResult(RadiologyDictation.MergeFindings(current, dictation));

    /// <inheritdoc />
    public Task<string> CleanImpressionsAsync(string dictation, string language, CancellationToken ct) =>
        Task.FromResult(RadiologyDictation.CleanImpressions(dictation));
}
