using Mesh.Grains.AI;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using FunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;

namespace Mesh.Grains.Live;

/// <summary>
/// Voice commands read by the configured chat model through Semantic Kernel function calling: the model is offered the
/// <see cref="VoiceCommandTools"/> (add_note, schedule_follow_up, prescribe), and calling none means ordinary speech.
/// Mesh, not the model loop, invokes the call it chose, so a call of a function it was not offered is refused and
/// nothing goes back to the model. Provider errors surface to the caller.
/// </summary>
public sealed class ChatVoiceCommandDetector : IVoiceCommandDetector
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

    private readonly IChatCompletionService _chat;
    private readonly Kernel _kernel = new();

    /// <summary>Detects through <paramref name="chat"/>, the configured chat model.</summary>
    public ChatVoiceCommandDetector(IChatClient chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        _chat = chat.AsChatCompletionService();
    }

    /// <inheritdoc />
    public async Task<VoiceCommand?> DetectAsync(string utterance, string language, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        if (!utterance.Any(char.IsLetter))
        {
            return null;
        }

        var tools = new VoiceCommandTools(utterance, today).Functions;
        var history = new ChatHistory(Instructions);
        history.AddUserMessage($"Language: {language}\nUtterance: {utterance.Trim()}");
        var settings = new PromptExecutionSettings
        {
            // Offered, not run by the loop: the call is checked and invoked below.
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(tools, autoInvoke: false),
            ExtensionData = new Dictionary<string, object> { ["temperature"] = 0, ["strict"] = true },
        };
        var reply = await _chat.GetChatMessageContentAsync(history, settings, _kernel, ct).ConfigureAwait(false);

        // One utterance gives one command; a model that calls several has split it, and the first carries the intent.
        var call = FunctionCallContent.GetFunctionCalls(reply).FirstOrDefault();
        if (call is null)
        {
            return null;
        }

        var tool = call.PluginName is null ? tools.FirstOrDefault(t => t.Name == call.FunctionName) : null;
        if (tool is null)
        {
            throw new ProviderResponseException(AiCapabilities.Chat, $"the model called '{call.FunctionName}', which it was not offered");
        }

        try
        {
            var result = await tool.InvokeAsync(_kernel, call.Arguments ?? [], ct).ConfigureAwait(false);
            return result.GetValue<VoiceCommand>();
        }
        catch (Exception error) when (error is not (ProviderResponseException or OperationCanceledException))
        {
            throw new ProviderResponseException(
                AiCapabilities.Chat, $"the arguments of '{call.FunctionName}' do not match its schema: {error.Message}", inner: error);
        }
    }
}
