namespace Mesh.Grains.Denials.Appeals;

/// <summary>The stored state of a clinic's appeal list.</summary>
public sealed class AppealListState
{
    public List<AppealListing> Appeals { get; set; } = [];
}
