using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>
/// A record a message points at, put before the specialist once checked against the caller's clinic. Types: PATIENT
/// and CLAIM take the patient or claim id; ALLERGY, CONDITION, ENCOUNTER, OBSERVATION and PROCEDURE take
/// <c>{patientId}/{n}</c>, the item's 1-based place in the patient's list (an encounter also by its conversation id).
/// </summary>
/// <param name="Type">The record type, upper case.</param>
/// <param name="Id">Its id within the caller's clinic.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.ChatContextRef"), Immutable]
public sealed record ChatContextRef(string Type, string Id)
{
    /// <summary>The types a context may have.</summary>
    public static IReadOnlySet<string> Types { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "PATIENT", "CLAIM", "ALLERGY", "CONDITION", "ENCOUNTER", "OBSERVATION", "PROCEDURE",
    };
}
