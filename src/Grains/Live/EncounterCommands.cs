using System.Globalization;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;

namespace Mesh.Grains.Live;

/// <summary>Turns a detected voice command into the record the encounter and the patient keep.</summary>
public static class EncounterCommands
{
    public static EncounterCommand From(string commandId, string utterance, VoiceCommand command, DateTimeOffset at) => command switch
    {
        AddNoteCommand note => new EncounterCommand(
            commandId, EncounterCommandKind.AddNote, utterance, $"Note added: {note.Text}", note.Text, null, null, null, null, null, at),
        ScheduleFollowUpCommand followUp => new EncounterCommand(
            commandId, EncounterCommandKind.ScheduleFollowUp, utterance,
            $"Follow-up scheduled for {followUp.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (in {followUp.Days} days).",
            null, followUp.DueDate, null, null, null, null, at),
        PrescribeCommand prescription => new EncounterCommand(
            commandId, EncounterCommandKind.Prescribe, utterance,
            "Prescribed: " + string.Join(", ", new[] { prescription.Drug, prescription.Dose, prescription.Frequency, prescription.Duration }.Where(p => !string.IsNullOrWhiteSpace(p))),
            null, null, prescription.Drug, prescription.Dose, prescription.Frequency, prescription.Duration, at),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown voice command."),
    };
}
