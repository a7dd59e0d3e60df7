using System.Text.Json;
using System.Text.RegularExpressions;
using Mesh.Grains.AI;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Live;

/// <summary>
/// Radiology editing by the configured chat model under a strict JSON schema. It may rephrase for flow, but every number
/// in what it was given must still be in its answer: a report that lost a measurement is refused as a
/// <see cref="ProviderResponseException"/>, like any other provider error, rather than shown.
/// </summary>
public sealed partial class ChatRadiologyEditor(IChatClient chat) : IRadiologyEditor
{
    private const string Rules =
        "The dictation comes from speech recognition: apply spoken punctuation ('comma', 'period', 'full stop', 'colon', " +
        "'new line', 'new paragraph', 'open/close parenthesis' and their equivalents in the report's language), drop " +
        "fillers and stutters, and capitalise sentences. Never add, drop or change a finding, measurement, unit, laterality, " +
        "negation or number; keep the report's language and the radiologist's wording.";

    private const string MergeInstructions =
        "You edit the findings section of a radiology report from the radiologist's dictation. " + Rules + " " +
        "Append the dictated content to the current findings as new sentences, leaving the current findings as they are, " +
        "and return the complete findings.";

    private const string ImpressionInstructions =
        "You write the impression section of a radiology report from the radiologist's dictation. " + Rules + " " +
        "Return the cleaned impressions.";

    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": { "text": { "type": "string" } },
          "required": ["text"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    /// <inheritdoc />
    public async Task<string> MergeFindingsAsync(string current, string dictation, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(dictation);
        if (!dictation.Any(char.IsLetterOrDigit))
        {
            return current;
        }

        var prompt = $"Report language: {language}\nCurrent findings:\n{current}\n\nDictation:\n{dictation}";
        return await AskAsync("radiology_findings", MergeInstructions, prompt, current + "\n" + dictation, ct).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string> CleanImpressionsAsync(string dictation, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dictation);
        if (!dictation.Any(char.IsLetterOrDigit))
        {
            return string.Empty;
        }

        var prompt = $"Report language: {language}\nDictation:\n{dictation}";
        return await AskAsync("radiology_impressions", ImpressionInstructions, prompt, dictation, ct).ConfigureAwait(false);
    }

    private async Task<string> AskAsync(string schemaName, string instructions, string prompt, string source, CancellationToken ct)
    {
        ChatMessage[] messages = [new(ChatRole.System, instructions), new(ChatRole.User, prompt)];
        var answer = await chat.GetJsonAsync(messages, schemaName, Schema, AiCapabilities.Chat, ct).ConfigureAwait(false);
        var text = answer.ValueKind == JsonValueKind.Object
            && answer.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : throw new ProviderResponseException(AiCapabilities.Chat, $"the {schemaName} answer has no \"text\" string");

        var answerNumbers = Numbers(text);
        var lost = Numbers(source).Where(n => !answerNumbers.Contains(n)).ToList();
        return lost.Count == 0
            ? text
            : throw new ProviderResponseException(
                AiCapabilities.Chat, $"the {schemaName} answer dropped or changed the number(s) {string.Join(", ", lost)} that were dictated");
    }

    private static HashSet<string> Numbers(string text) =>
        Number().Matches(text).Select(m => m.Value.Replace(',', '.')).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
