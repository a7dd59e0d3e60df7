using System.ComponentModel;
using Mesh.Grains.AI;
using Mesh.Grains.Scribe.Text;
using Microsoft.SemanticKernel;

namespace Mesh.Grains.Live;

/// <summary>
/// The Semantic Kernel functions a chat model may call for one utterance said on one day: add_note, schedule_follow_up and
/// prescribe. Each gives the <see cref="VoiceCommand"/> it stands for, or null when the call carries nothing usable.
/// The model gives a follow-up as an amount and a unit; the date is counted here, on the calendar. A prescription whose
/// drug the utterance does not contain is dropped, not trusted.
/// </summary>
internal sealed class VoiceCommandTools(string utterance, DateOnly today)
{
    /// <summary>The functions, named as the model sees them (no plugin prefix).</summary>
    public IReadOnlyList<KernelFunction> Functions =>
    [
        KernelFunctionFactory.CreateFromMethod(AddNote, ChatVoiceCommandDetector.AddNoteTool, "Adds the dictated text to the visit notes."),
        KernelFunctionFactory.CreateFromMethod(
            ScheduleFollowUp, ChatVoiceCommandDetector.ScheduleFollowUpTool, "Schedules a follow-up visit after the said interval."),
        KernelFunctionFactory.CreateFromMethod(Prescribe, ChatVoiceCommandDetector.PrescribeTool, "Prescribes one drug."),
    ];

    private VoiceCommand? AddNote([Description("The note, as said, without the command words.")] string text) =>
        Clean(text) is { } note ? new AddNoteCommand(note) : null;

    private VoiceCommand? ScheduleFollowUp(
        [Description("How many units from today, e.g. 2 for 'in two weeks'.")] double amount,
        [Description("One of: days, weeks, months, years.")] string unit)
    {
        IntervalUnit interval = unit.Trim() switch
        {
            "days" => IntervalUnit.Day,
            "weeks" => IntervalUnit.Week,
            "months" => IntervalUnit.Month,
            "years" => IntervalUnit.Year,
            var other => throw new ProviderResponseException(
                AiCapabilities.Chat, $"{ChatVoiceCommandDetector.ScheduleFollowUpTool} has the unit '{other}', not one of days, weeks, months, years"),
        };
        return new FollowUpInterval(amount, interval).From(today);
    }

    private VoiceCommand? Prescribe(
        [Description("The drug name as said.")] string drug,
        [Description("The dose as said, e.g. '500 mg'; null when not said.")] string? dose,
        [Description("How often, as said, e.g. 'three times daily'; null when not said.")] string? frequency,
        [Description("For how long, as said, e.g. '7 days'; null when not said.")] string? duration)
    {
        // Grounding: a drug name the doctor did not say is the model's invention, and an invented prescription is worse than none.
        var name = Clean(drug);
        if (name is null || !TextFolding.Fold(utterance).Contains(TextFolding.Fold(name), StringComparison.Ordinal))
        {
            return null;
        }

        return new PrescribeCommand(name, Clean(dose), Clean(frequency), Clean(duration));
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
