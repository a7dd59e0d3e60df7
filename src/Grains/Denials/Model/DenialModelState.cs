namespace Mesh.Grains.Denials.Model;

/// <summary>
/// The stored state of a clinic's model grain. The model lives in grain state rather than a Mesh table: it is one blob
/// per clinic, read only by its own grain, and must change together with its version and figures in one write
/// (the ETag guards that); no query outside the grain ever needs it.
/// </summary>
public sealed class DenialModelState
{
    /// <summary>Every training, oldest first.</summary>
    public List<DenialModelReport> Reports { get; set; } = [];

    /// <summary>The model that scores (ML.NET's saved zip), when the latest training beat the rules.</summary>
    public byte[]? Model { get; set; }

    /// <summary>The version of <see cref="Model"/>.</summary>
    public int? ModelVersion { get; set; }
}
