using System.Text.Json.Serialization;

namespace Mesh.Grains.Live;

/// <summary>
/// Something a doctor told Mesh to do during a live encounter. Carried as JSON with a <c>command</c> discriminator
/// (<c>add_note</c>, <c>schedule_follow_up</c>, <c>prescribe</c>), so clinic apps can switch on it.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(AddNoteCommand), "add_note")]
[JsonDerivedType(typeof(ScheduleFollowUpCommand), "schedule_follow_up")]
[JsonDerivedType(typeof(PrescribeCommand), "prescribe")]
public abstract record VoiceCommand;

/// <summary>"Add a note: …": text for the visit's notes, as said.</summary>
/// <param name="Text">The note.</param>
public sealed record AddNoteCommand(string Text) : VoiceCommand;

/// <summary>"Schedule a follow-up in two weeks".</summary>
/// <param name="Days">Days from the visit to the follow-up.</param>
/// <param name="DueDate">The follow-up date: months and years count on the calendar, so one month from 31 January is 28/29 February.</param>
public sealed record ScheduleFollowUpCommand(int Days, DateOnly DueDate) : VoiceCommand;

/// <summary>"Prescribe amoxicillin 500 mg three times a day for 7 days". Parts not said are null.</summary>
/// <param name="Drug">The drug, by the name the lexicon knows it (or as said when it is not in the lexicon).</param>
/// <param name="Dose">The dose, normalised, e.g. <c>500 mg</c>.</param>
/// <param name="Frequency">How often, as a canonical English phrase, e.g. <c>three times daily</c>.</param>
/// <param name="Duration">For how long, e.g. <c>7 days</c>.</param>
public sealed record PrescribeCommand(string Drug, string? Dose, string? Frequency, string? Duration) : VoiceCommand;
