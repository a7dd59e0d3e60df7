namespace Mesh.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>The grain asked for it with DeactivateOnIdle.</summary>
    ApplicationRequested,

    /// <summary>The activation was idle longer than the collection age.</summary>
    IdleCollection,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>Activation failed or the activation was lost.</summary>
    Failed,
}
