using Mesh.Runtime.Placement;

namespace Mesh.Runtime.Catalog;

/// <summary>What the silo knows of one grain class, worked out once at start.</summary>
internal sealed record GrainClassInfo(Type ClassType, string GrainType, bool IsReentrant, GrainActivator Activator, PlacementKind Placement = PlacementKind.Hash);
