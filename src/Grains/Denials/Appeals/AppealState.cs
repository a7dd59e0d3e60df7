namespace Mesh.Grains.Denials.Appeals;

/// <summary>The stored state of an appeal grain: its versions, oldest first; only the last may be a draft.</summary>
public sealed class AppealState
{
    public List<AppealVersion> Versions { get; set; } = [];
}
