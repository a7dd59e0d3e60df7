namespace Mesh.Grains.Claims.CodeSets;

/// <summary>
/// A loaded code set, kept as the grain's state. Grain state rather than a Mesh table: the set changes only when an
/// admin loads a new release, is read whole into memory by the one activation that answers every lookup anyway
/// (the full ICD-10-CM order file is about 98,000 codes, some 15 MB), and so needs no queries of its own; grain state
/// gives it the cluster's storage, ETag concurrency and no extra schema. Empty until a file is loaded: the starter
/// set shipped inside Mesh answers until then.
/// </summary>
public sealed class CodeSetState
{
    public List<CodeSetEntry> Entries { get; set; } = [];

    public string Source { get; set; } = "";

    public DateTimeOffset? LoadedAt { get; set; }

    /// <summary>SHA-256 of the loaded file, so that each start loading the same configured file writes nothing.</summary>
    public string? Sha256 { get; set; }
}
