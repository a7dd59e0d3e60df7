namespace Mesh.Runtime.Placement;

/// <summary>How a grain class chooses the silo of a new activation (from its placement attribute).</summary>
internal enum PlacementKind
{
    /// <summary>A consistent hash of the grain id over the active silos (the default).</summary>
    Hash,

    /// <summary>The silo the first call came through.</summary>
    PreferLocal,

    /// <summary>Any active silo, at random.</summary>
    Random,
}
