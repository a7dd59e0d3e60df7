namespace Mesh.Runtime.Activation;

/// <summary>Where an activation is in its life.</summary>
internal enum ActivationState
{
    /// <summary>Constructing the grain, reading state, running OnActivateAsync; calls wait.</summary>
    Creating,

    /// <summary>Serving calls.</summary>
    Valid,

    /// <summary>Running OnDeactivateAsync; new calls wait and go to the next activation.</summary>
    Deactivating,

    /// <summary>Gone; the catalog has dropped it.</summary>
    Invalid,
}
