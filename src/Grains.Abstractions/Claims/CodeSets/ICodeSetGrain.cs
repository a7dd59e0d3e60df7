using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>
/// One code set (key: its name, see <see cref="CodeSetNames"/>), shared by the whole cluster: ICD-10-CM, CARC or
/// RARC are public reference data, the same for every clinic. Answers batch lookups, so reading a file costs one call.
/// </summary>
[Alias("Mesh.Grains.Claims.CodeSets.ICodeSetGrain")]
public interface ICodeSetGrain : IGrainWithStringKey
{
    /// <summary>What the set says about each code (known, billable, description), in the order asked.</summary>
    [ReadOnly]
    [Alias("LookupAsync")]
    Task<IReadOnlyList<CodeSetMatch>> LookupAsync(string[] codes);

    /// <summary>Codes starting with <paramref name="query"/> (dots ignored), or whose description holds every word of it.</summary>
    [ReadOnly]
    [Alias("SearchAsync")]
    Task<IReadOnlyList<CodeSetMatch>> SearchAsync(string query, int limit);

    /// <summary>Which release is loaded and how big it is.</summary>
    [ReadOnly]
    [Alias("DescribeAsync")]
    Task<CodeSetSummary> DescribeAsync();

    /// <summary>Replaces the set with a file (ICD-10-CM order file, or CSV code,description[,start,end]); a file
    /// with any bad line changes nothing. Loading the same file again is a no-op.</summary>
    [Alias("LoadAsync")]
    Task<CodeSetLoadResult> LoadAsync(string text, string source);
}
