using System.Text.Json;
using Mesh.Grains.AI;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Denials.Appeals;

/// <summary>
/// Lets the configured chat model write the letter from the facts alone, then holds it to them: a letter stating an
/// amount, date, code or quotation the facts do not hold is refused with the offending sentence.
/// </summary>
public sealed class ChatAppealWriter(IChatClient chat) : IAppealWriter
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "subject": { "type": "string" },
            "paragraphs": { "type": "array", "items": { "type": "string" } }
          },
          "required": ["subject", "paragraphs"],
          "additionalProperties": false
        }
        """).RootElement.Clone();

    private static readonly JsonSerializerOptions FactsJson = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <inheritdoc />
    public async Task<AppealLetter> WriteAsync(AppealKind kind, AppealFacts facts, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System,
                "You write a clinic's appeal letter to a health insurance payer. Use only the facts given: every amount, date, code, " +
                "identifier and quotation in the letter must appear in them exactly; invent nothing. Write amounts as $1,234.56 and dates " +
                "as March 3, 2025. Quote the patient's signed reports verbatim in double quotes, naming the report id and version. " +
                "Answer with a subject and the letter's paragraphs; no address block and no placeholders."),
            new(ChatRole.User, $"Kind of appeal: {kind}.\nFacts (JSON):\n{JsonSerializer.Serialize(facts, FactsJson)}"),
        };
        var answer = await chat.GetJsonAsync(messages, "appeal_letter", Schema, AiCapabilities.Chat, cancellationToken).ConfigureAwait(false);
        if (!answer.TryGetProperty("subject", out var subject) || subject.ValueKind != JsonValueKind.String
            || !answer.TryGetProperty("paragraphs", out var paragraphs) || paragraphs.ValueKind != JsonValueKind.Array)
        {
            throw new ProviderResponseException(AiCapabilities.Chat, "the model's letter has no subject or paragraphs");
        }

        var letter = new AppealLetter(
            subject.GetString() ?? string.Empty,
            paragraphs.EnumerateArray().Select(paragraph => paragraph.GetString() ?? string.Empty).Where(text => text.Length > 0).ToList(),
            $"model:{chat.GetService<ChatClientMetadata>()?.DefaultModelId ?? "chat"}");
        if (LetterGrounding.FindUngrounded(letter, AppealFactSheet.Of(facts)) is { } ungrounded)
        {
            throw new AppealLetterRefusedException(ungrounded.Sentence, ungrounded.Unsupported);
        }

        return letter;
    }
}
