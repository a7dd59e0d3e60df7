namespace Mesh.Runtime;

/// <summary>
/// On a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the runtime injects the named state,
/// read from the named storage before <see cref="Grain.OnActivateAsync"/> runs.
/// </summary>
/// <param name="stateName">The state's name within the grain, e.g. <c>patient</c>.</param>
/// <param name="storageName">The storage provider's name; null for the default provider.</param>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>The state's name within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The storage provider's name; null for the default provider.</summary>
    public string? StorageName { get; } = storageName;
}
