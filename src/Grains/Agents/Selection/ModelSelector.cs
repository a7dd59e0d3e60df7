using System.ComponentModel;
using Mesh.Grains.Agents.Specialists;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using FunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;

namespace Mesh.Grains.Agents.Selection;

/// <summary>
/// The selector with a chat model: the model is offered choose_specialist and ask_to_clarify and must call one. A name
/// that is no specialist, or no call at all, falls back to <see cref="RuleSelector"/>.
/// </summary>
public sealed class ModelSelector(IChatClient chat)
{
    /// <summary>The function that names the specialist.</summary>
    public const string ChooseTool = "choose_specialist";

    /// <summary>The function that asks the user to clarify.</summary>
    public const string ClarifyTool = "ask_to_clarify";

    private const string Instructions =
        "You route a clinic staff member's question to exactly one specialist of the agent team. patient_processor: finding patients, demographics. " +
        "insurance_analyst: coverage, payers, remittances, denials and their risk. clinical_specialist: conditions, medications, allergies, observations, " +
        "procedures, signed reports. claim_processor: claim status, lines, denial reasons. encounter_processor: visits and their reports. " +
        "medical_code_helper: ICD-10-CM codes. finance_assistant: contracts, netdown, expected payment. Call choose_specialist, or ask_to_clarify when " +
        "the question could belong to several and nothing in it tells which.";

    private readonly IChatCompletionService _chat = chat.AsChatCompletionService();
    private readonly Kernel _kernel = new();

    /// <summary>Asks the model who should answer.</summary>
    public async Task<SelectorChoice> ChooseAsync(string question, IReadOnlyList<ChatContextRef> contexts, CancellationToken ct)
    {
        var functions = new[]
        {
            KernelFunctionFactory.CreateFromMethod(([Description("One of: " + "patient_processor, insurance_analyst, clinical_specialist, claim_processor, encounter_processor, medical_code_helper, finance_assistant")] string specialist) => specialist, ChooseTool, "Names the specialist who answers."),
            KernelFunctionFactory.CreateFromMethod(([Description("The question back to the user.")] string question) => question, ClarifyTool, "Asks the user which subject they mean."),
        };
        var history = new ChatHistory(Instructions);
        var attached = contexts.Count == 0 ? "" : $"\nAttached records: {string.Join(", ", contexts.Select(c => c.Type))}";
        history.AddUserMessage(question + attached);
        var settings = new PromptExecutionSettings
        {
            FunctionChoiceBehavior = FunctionChoiceBehavior.Required(functions, autoInvoke: false),
            ExtensionData = new Dictionary<string, object> { ["temperature"] = 0 },
        };
        var reply = await _chat.GetChatMessageContentAsync(history, settings, _kernel, ct).ConfigureAwait(false);
        var call = FunctionCallContent.GetFunctionCalls(reply).FirstOrDefault();
        if (call?.FunctionName == ClarifyTool && call.Arguments?["question"]?.ToString() is { Length: > 0 } clarification)
        {
            return SelectorChoice.Clarify(clarification);
        }

        return call?.FunctionName == ChooseTool && SpecialistNames.Parse(call.Arguments?["specialist"]?.ToString()) is { } kind
            ? SelectorChoice.Of(kind)
            : RuleSelector.Choose(question, contexts);
    }
}
