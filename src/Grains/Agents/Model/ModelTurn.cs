using Mesh.Grains.AI;
using Mesh.Grains.Agents.Specialists;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using FunctionCallContent = Microsoft.SemanticKernel.FunctionCallContent;
using FunctionResultContent = Microsoft.SemanticKernel.FunctionResultContent;

namespace Mesh.Grains.Agents.Model;

/// <summary>
/// One specialist turn with the configured chat model through Semantic Kernel function calling. Mesh, not the model loop,
/// runs each call: only the offered functions run (an unknown name is answered as such), hand_over ends the turn, and
/// after <see cref="MaxRounds"/> rounds of calls the model must answer.
/// </summary>
public sealed class ModelTurn(IChatClient chat)
{
    /// <summary>How many rounds of tool calls one turn may make.</summary>
    public const int MaxRounds = 5;

    private readonly IChatCompletionService _chat = chat.AsChatCompletionService();
    private readonly Kernel _kernel = new();

    /// <summary>Runs the turn: <paramref name="system"/> and <paramref name="history"/> before <paramref name="question"/>, with <paramref name="functions"/>.</summary>
    public async Task<ModelReply> RunAsync(string system, IReadOnlyList<string> history, string question, IReadOnlyList<KernelFunction> functions, bool mayHandOver, CancellationToken ct)
    {
        var offered = mayHandOver ? [.. functions, HandOver()] : functions;
        var chatHistory = new ChatHistory(system);
        foreach (var line in history)
        {
            if (line.StartsWith("user: ", StringComparison.Ordinal))
            {
                chatHistory.AddUserMessage(line["user: ".Length..]);
            }
            else
            {
                chatHistory.AddAssistantMessage(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]);
            }
        }

        chatHistory.AddUserMessage(question);
        for (var round = 0; ; round++)
        {
            var settings = new PromptExecutionSettings
            {
                FunctionChoiceBehavior = round < MaxRounds ? FunctionChoiceBehavior.Auto(offered, autoInvoke: false) : FunctionChoiceBehavior.None(offered),
                ExtensionData = new Dictionary<string, object> { ["temperature"] = 0 },
            };
            var reply = await _chat.GetChatMessageContentAsync(chatHistory, settings, _kernel, ct).ConfigureAwait(false);
            var calls = FunctionCallContent.GetFunctionCalls(reply).ToList();
            if (calls.Count == 0)
            {
                return new ModelReply(reply.Content, null);
            }

            chatHistory.Add(reply);
            foreach (var call in calls)
            {
                if (mayHandOver && call.FunctionName == ToolCatalog.HandOverTool)
                {
                    var target = SpecialistNames.Parse(call.Arguments?["specialist"]?.ToString());
                    if (target is not null)
                    {
                        return new ModelReply(null, target);
                    }
                }

                var function = call.PluginName is null ? functions.FirstOrDefault(f => f.Name == call.FunctionName) : null;
                var result = function is null
                    ? $"There is no tool '{call.FunctionName}'. Use only the tools offered."
                    : await InvokeAsync(function, call).ConfigureAwait(false);
                chatHistory.Add(new FunctionResultContent(call, result).ToChatMessage());
            }
        }
    }

    private async Task<string> InvokeAsync(KernelFunction function, FunctionCallContent call)
    {
        try
        {
            return (await function.InvokeAsync(_kernel, call.Arguments ?? [], CancellationToken.None).ConfigureAwait(false)).GetValue<object>()?.ToString() ?? string.Empty;
        }
        catch (Exception error) when (error is KernelException or ArgumentException or FormatException or InvalidCastException)
        {
            // Arguments that do not fit the tool's parameters go back to the model as the tool's answer, so it can correct them.
            return $"The arguments of '{call.FunctionName}' do not fit its parameters: {error.Message}";
        }
    }

    private static KernelFunction HandOver() => KernelFunctionFactory.CreateFromMethod(
        ([System.ComponentModel.Description("The specialist the question belongs to.")] string specialist, [System.ComponentModel.Description("Why.")] string reason) => reason,
        ToolCatalog.HandOverTool,
        $"Hands the question to the specialist it belongs to when your tools cannot answer it. One of: {SpecialistNames.All}.");

    /// <summary>Whether <paramref name="chat"/> reaches a model.</summary>
    public static bool Available(IChatClient chat) => chat.IsConfigured();
}
