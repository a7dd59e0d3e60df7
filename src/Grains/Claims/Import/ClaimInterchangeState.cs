namespace Mesh.Grains.Claims.Import;

/// <summary>The stored state of an interchange grain: the first import's result, null until imported.</summary>
public sealed class ClaimInterchangeState
{
    public ClaimImportResult? Result { get; set; }
}
