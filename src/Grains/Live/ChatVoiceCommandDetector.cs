using System.Text.Json;
using Mesh.Grains.AI;
using Mesh.Grains.Scribe.Text;

namespace Mesh.Grains.Live;

/// <summary>
/// Voice commands read by the configured chat model through tool calls: it is offered add_note, schedule_follow_up and
/// prescribe, and calling none means ordinary speech. The model gives a follow-up as an amount and a unit; the date is
/// counted here, on the calendar. A prescription whose drug the utterance does not contain is dropped, not trusted.
/// Provider errors surface to the caller.
/// </summary>
public sealed class ChatVoiceCommandDetector(IChatToolCalling chat) : IVoiceCommandDetector
{
    /// <summary>Name of the tool that adds a note.</summary>
    public const string AddNoteTool = "add_note";

    /// <summary>Name of the tool that schedules a follow-up.</summary>
    public const string ScheduleFollowUpTool = "schedule_follow_up";

    /// <summary>Name of the tool that prescribes.</summary>
    public const string PrescribeTool = "prescribe";

    private const string Instructions =
        "You listen to a doctor during a clinic visit. Decide whether the doctor's utterance is a command addressed to Mesh, " +
        "the clinic assistant: an imperative such as 'add a note: ...', 'schedule a follow-up in two weeks' or 'prescribe " +
        "amoxicillin 500 mg three times a day for 7 days', possibly after the wake word 'Mesh'. Call exactly one tool for a " +
        "command. Call no tool for anything else: reports of the past ('the patient was prescribed X last year', 'we noted a " +
        "rash'), questions, negated or hypothetical orders, and what the doctor tells the patient. Copy the note text, drug, " +
        "dose, frequency and duration as said, in the utterance's language; never add what was not said (use null).";

    private static readonly IReadOnlyList<ChatTool> Tools =
    [
        new(AddNoteTool, "Adds the dictated text to the visit notes.", Schema("""
            {
              "type": "object",
              "properties": { "text": { "type": "string", "description": "The note, as said, without the command words." } },
              "required": ["text"],
              "additionalProperties": false
            }
            """)),
        new(ScheduleFollowUpTool, "Schedules a follow-up visit after the said interval.", Schema("""
            {
              "type": "object",
              "properties": {
                "amount": { "type": "number", "description": "How many units from today, e.g. 2 for 'in two weeks'." },
                "unit": { "type": "string", "enum": ["days", "weeks", "months", "years"] }
              },
              "required": ["amount", "unit"],
              "additionalProperties": false
            }
            """)),
        new(PrescribeTool, "Prescribes one drug.", Schema("""
            {
              "type": "object",
              "properties": {
                "drug": { "type": "string", "description": "The drug name as said." },
                "dose": { "type": ["string", "null"], "description": "e.g. '500 mg'." },
                "frequency": { "type": ["string", "null"], "description": "e.g. 'three times daily'." },
                "duration": { "type": ["string", "null"], "description": "e.g. '7 days'." }
              },
              "required": ["drug", "dose", "frequency", "duration"],
              "additionalProperties": false
            }
            """)),
    ];

    /// <inheritdoc />
    public async Task<VoiceCommand?> DetectAsync(string utterance, string language, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        if (!utterance.Any(char.IsLetter))
        {
            return null;
        }

        var request = new ChatToolRequest(
            [ChatMessage.System(Instructions), ChatMessage.User($"Language: {language}\nUtterance: {utterance.Trim()}")],
            Tools);
        var calls = await chat.CallToolsAsync(request, ct).ConfigureAwait(false);

        // One utterance gives one command; a model that calls several has split it, and the first carries the intent.
        return calls.Count == 0 ? null : Read(calls[0], utterance, today);
    }

    private static VoiceCommand? Read(ChatToolCall call, string utterance, DateOnly today)
    {
        try
        {
            using var document = JsonDocument.Parse(call.Arguments);
            var arguments = document.RootElement;
            return call.Name switch
            {
                AddNoteTool => Text(arguments, "text") is { } note ? new AddNoteCommand(note) : null,
                ScheduleFollowUpTool => FollowUp(arguments, today),
                PrescribeTool => Prescription(arguments, utterance),
                _ => throw Unusable($"the model called '{call.Name}', which it was not offered"),
            };
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or FormatException or InvalidOperationException and not ProviderResponseException)
        {
            throw new ProviderResponseException(AiCapabilities.Chat, $"the arguments of '{call.Name}' do not match its schema: {error.Message}", inner: error);
        }
    }

    private static ScheduleFollowUpCommand? FollowUp(JsonElement arguments, DateOnly today)
    {
        var amount = arguments.GetProperty("amount").GetDouble();
        IntervalUnit unit = arguments.GetProperty("unit").GetString() switch
        {
            "days" => IntervalUnit.Day,
            "weeks" => IntervalUnit.Week,
            "months" => IntervalUnit.Month,
            "years" => IntervalUnit.Year,
            var other => throw Unusable($"schedule_follow_up has the unit '{other}', not one of days, weeks, months, years"),
        };
        return new FollowUpInterval(amount, unit).From(today);
    }

    private static PrescribeCommand? Prescription(JsonElement arguments, string utterance)
    {
        var drug = Text(arguments, "drug");

        // Grounding: a drug name the doctor did not say is the model's invention, and an invented prescription is worse than none.
        if (drug is null || !TextFolding.Fold(utterance).Contains(TextFolding.Fold(drug), StringComparison.Ordinal))
        {
            return null;
        }

        return new PrescribeCommand(drug, Text(arguments, "dose"), Text(arguments, "frequency"), Text(arguments, "duration"));
    }

    private static string? Text(JsonElement arguments, string name)
    {
        if (!arguments.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    private static ProviderResponseException Unusable(string problem) => new(AiCapabilities.Chat, problem);

    private static JsonElement Schema(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
