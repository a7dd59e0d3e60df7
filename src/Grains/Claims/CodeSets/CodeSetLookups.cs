using Orleans;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>
/// Builds the in-process lookups the X12 readers take from one batch call per code set: collect the codes a file
/// carries (<see cref="X12.X12CodeScan"/>), ask the set's grain once, and answer the reader from that.
/// </summary>
public static class CodeSetLookups
{
    /// <summary>A diagnosis lookup for <paramref name="codes"/>, from one call to the ICD-10-CM grain.</summary>
    public static async Task<IDiagnosisCodeLookup> DiagnosesAsync(this IGrainFactory grains, IEnumerable<string> codes)
    {
        var batch = codes.Distinct(StringComparer.Ordinal).ToArray();
        var matches = batch.Length == 0 ? [] : await grains.GetGrain<ICodeSetGrain>(CodeSetNames.Icd10Cm).LookupAsync(batch).ConfigureAwait(false);
        return new DiagnosisCodeLookup(matches);
    }

    /// <summary>A reason code lookup for the given CARCs and RARCs, from one call to each set's grain.</summary>
    public static async Task<IReasonCodeLookup> ReasonsAsync(this IGrainFactory grains, IEnumerable<string> adjustments, IEnumerable<string> remarks)
    {
        var carcs = adjustments.Distinct(StringComparer.Ordinal).ToArray();
        var rarcs = remarks.Distinct(StringComparer.Ordinal).ToArray();
        var carcTask = carcs.Length == 0 ? Task.FromResult<IReadOnlyList<CodeSetMatch>>([]) : grains.GetGrain<ICodeSetGrain>(CodeSetNames.Carc).LookupAsync(carcs);
        var rarcTask = rarcs.Length == 0 ? Task.FromResult<IReadOnlyList<CodeSetMatch>>([]) : grains.GetGrain<ICodeSetGrain>(CodeSetNames.Rarc).LookupAsync(rarcs);
        return new ReasonCodeLookup(await carcTask.ConfigureAwait(false), await rarcTask.ConfigureAwait(false));
    }
}
