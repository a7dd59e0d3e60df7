namespace Mesh.Runtime.Membership;

/// <summary>Where a silo is in its life, as recorded in the membership table.</summary>
public enum SiloStatus
{
    /// <summary>Started, not yet taking grains.</summary>
    Joining = 1,

    /// <summary>Serving grains and taking new activations.</summary>
    Active = 2,

    /// <summary>Stopping gracefully: finishing its calls, writing state, taking no new activations.</summary>
    ShuttingDown = 3,

    /// <summary>Gone for good. A silo address that is Dead never serves again; its directory entries are void.</summary>
    Dead = 4,
}
