namespace Mesh.Runtime;

/// <summary>Base of the attributes that choose where a grain class is activated.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class PlacementAttribute : Attribute;

/// <summary>Default placement: the silo chosen by a consistent hash of the grain id over the active silos.</summary>
public sealed class HashBasedPlacementAttribute : PlacementAttribute;

/// <summary>Activate on the silo the first call came from, when it is active.</summary>
public sealed class PreferLocalPlacementAttribute : PlacementAttribute;

/// <summary>Activate on a random active silo.</summary>
public sealed class RandomPlacementAttribute : PlacementAttribute;
