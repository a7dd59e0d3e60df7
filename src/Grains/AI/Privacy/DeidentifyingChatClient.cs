using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI.Privacy;

/// <summary>
/// Wraps a chat client whose endpoint is not trusted with patient data: every text that goes out (messages, instructions,
/// tool calls and results) is de-identified, and the answer (text, JSON, tool-call arguments) is re-identified before the
/// caller sees it. The patient of <see cref="PhiSubjectScope.Current"/> is looked for by name; everyone else by pattern.
/// Images and other non-text content pass as they are.
/// </summary>
public sealed class DeidentifyingChatClient(IChatClient inner, PhiDeidentifier deidentifier, PhiDateHandling dates) : DelegatingChatClient(inner)
{
    private const string ShiftNotice =
        "Personal identifiers in this conversation were replaced by placeholders in square brackets, such as [NAME-1], and every " +
        "date was moved by the same number of days. Copy placeholders and dates exactly as written wherever you repeat them; " +
        "never guess what a placeholder stands for.";

    private const string PlaceholderNotice =
        "Personal identifiers and dates in this conversation were replaced by placeholders in square brackets, such as [NAME-1] " +
        "or [DATE-1]. Copy every placeholder exactly as written; never translate, change or guess it.";

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var session = deidentifier.Begin(PhiSubjectScope.Current, dates);
        var original = messages.ToList();
        foreach (var message in original)
        {
            session.Reserve(message.Text);
        }

        session.Reserve(options?.Instructions);
        var outgoing = original.Select(m => Deidentify(m, session)).ToList();
        var outgoingOptions = options;
        if (options?.Instructions is { } instructions)
        {
            outgoingOptions = options.Clone();
            outgoingOptions.Instructions = session.Deidentify(instructions);
        }

        if (session.Kinds.Count > 0)
        {
            outgoing.Insert(0, new ChatMessage(ChatRole.System, dates == PhiDateHandling.Shift ? ShiftNotice : PlaceholderNotice));
        }

        var response = await base.GetResponseAsync(outgoing, outgoingOptions, cancellationToken).ConfigureAwait(false);
        Reidentify(response, session, json: options?.ResponseFormat is ChatResponseFormatJson);
        return response;
    }

    /// <summary>
    /// Streams the re-identified answer once it is complete: a placeholder split across two updates could not be mapped
    /// back, so nothing is passed on before the whole answer is there.
    /// </summary>
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    private static ChatMessage Deidentify(ChatMessage message, PhiSession session)
    {
        var contents = message.Contents.Select(content => content switch
        {
            TextContent text => new TextContent(session.Deidentify(text.Text)) { AdditionalProperties = text.AdditionalProperties },
            TextReasoningContent reasoning => new TextReasoningContent(session.Deidentify(reasoning.Text)),
            FunctionCallContent call => new FunctionCallContent(call.CallId, call.Name, Map(call.Arguments, session.Deidentify)),
            FunctionResultContent result => new FunctionResultContent(result.CallId, DeidentifyResult(result.Result, session)),
            _ => content,
        }).ToList();

        // The author's name is a person's name; it does not go out.
        return new ChatMessage(message.Role, contents) { MessageId = message.MessageId, AdditionalProperties = message.AdditionalProperties };
    }

    private static object? DeidentifyResult(object? result, PhiSession session) => result switch
    {
        null => null,
        string text => session.Deidentify(text),
        _ => session.Deidentify(JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions)),
    };

    private static void Reidentify(ChatResponse response, PhiSession session, bool json)
    {
        foreach (var message in response.Messages)
        {
            foreach (var content in message.Contents)
            {
                switch (content)
                {
                    case TextContent text:
                        text.Text = json ? session.ReidentifyJson(text.Text) : session.Reidentify(text.Text);
                        break;
                    case TextReasoningContent reasoning:
                        reasoning.Text = session.Reidentify(reasoning.Text);
                        break;
                    case FunctionCallContent call when call.Arguments is { } arguments:
                        foreach (var (name, value) in Map(arguments, session.Reidentify)!)
                        {
                            arguments[name] = value;
                        }

                        break;
                }
            }
        }
    }

    // Tool-call arguments arrive as strings or JSON elements; every string inside them is mapped.
    private static Dictionary<string, object?>? Map(IDictionary<string, object?>? arguments, Func<string, string> map) =>
        arguments?.ToDictionary(a => a.Key, a => MapValue(a.Value, map));

    private static object? MapValue(object? value, Func<string, string> map) => value switch
    {
        string text => map(text),
        JsonElement { ValueKind: JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Array } element =>
            JsonSerializer.SerializeToElement(PhiSession.MapStrings(JsonNode.Parse(element.GetRawText()), map)),
        _ => value,
    };
}
