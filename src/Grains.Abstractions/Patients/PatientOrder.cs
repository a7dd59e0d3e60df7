using Mesh.Grains.Encounters;
using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>A note, follow-up or prescription given by voice during an encounter, kept on the patient.</summary>
/// <param name="OrderId">The command's id; recording it again changes nothing.</param>
/// <param name="ConversationId">The encounter it was given in.</param>
/// <param name="Command">What was ordered.</param>
[GenerateSerializer, Alias("Mesh.Grains.Patients.PatientOrder"), Immutable]
public sealed record PatientOrder(string OrderId, string ConversationId, EncounterCommand Command);
