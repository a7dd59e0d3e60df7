using Orleans;

namespace Mesh.Grains.Encounters;

/// <summary>The kinds of voice command a doctor can give during an encounter.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterCommandKind")]
public enum EncounterCommandKind
{
    /// <summary>"Add a note: ..."</summary>
    AddNote,

    /// <summary>"Schedule a follow-up in two weeks."</summary>
    ScheduleFollowUp,

    /// <summary>"Prescribe amoxicillin 500 mg three times a day."</summary>
    Prescribe,
}

/// <summary>A voice command that was carried out, as stored on the encounter and the patient.</summary>
/// <param name="CommandId">Stable per utterance, so a command repeated by a retry is carried out once.</param>
/// <param name="Kind">What it did.</param>
/// <param name="Utterance">What the doctor said.</param>
/// <param name="Summary">What was done, in a line.</param>
/// <param name="NoteText">The note (AddNote).</param>
/// <param name="FollowUpDate">The follow-up date (ScheduleFollowUp).</param>
/// <param name="Drug">The drug (Prescribe).</param>
/// <param name="Dose">The dose, where said.</param>
/// <param name="Frequency">How often, where said.</param>
/// <param name="Duration">For how long, where said.</param>
/// <param name="ExecutedAt">When.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterCommand"), Immutable]
public sealed record EncounterCommand(
    string CommandId,
    EncounterCommandKind Kind,
    string Utterance,
    string Summary,
    string? NoteText,
    DateOnly? FollowUpDate,
    string? Drug,
    string? Dose,
    string? Frequency,
    string? Duration,
    DateTimeOffset ExecutedAt);
