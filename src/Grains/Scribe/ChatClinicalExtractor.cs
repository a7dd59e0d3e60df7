using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Mesh.Grains.AI;
using Mesh.Grains.AI.Privacy;
using Mesh.Grains.Reports;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Drafts the note with an OpenAI-compatible chat model under a strict JSON schema. The prompt demands evidence spans;
/// whatever the model returns still goes through the grounding validator, which drops what the transcript does not say.
/// </summary>
public sealed class ChatClinicalExtractor(IChatClient chat) : IClinicalExtractor
{
    // Names with accents and phone numbers with a plus stay readable, for the model and for de-identification.
    private static readonly JsonSerializerOptions SegmentJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Instructions =
        "You are a clinical scribe. From the visit transcript, extract only facts the transcript literally states. " +
        "Never add a drug, dose, allergy, value or diagnosis that is not said. For every item give evidence: the segment id " +
        "and the character offsets [start, end) of the exact words in that segment's text, with quote equal to those characters. " +
        "Mark denied symptoms as negated. Medication status: started, stopped, changed or current. Suggest an ICD-10 code for each diagnosis when sure.";

    public async Task<ClinicalDraft> ExtractAsync(Transcript transcript, ExtractionContext context, CancellationToken cancellationToken)
    {
        ChatMessage[] messages = [new(ChatRole.System, Instructions), new(ChatRole.User, Describe(transcript, context))];
        var json = await chat.GetJsonAsync(messages, "clinical_draft", ClinicalDraftSchema.Schema, AiCapabilities.Chat, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            var draft = json.Deserialize<ClinicalDraft>(ReportJson.Options)
                ?? throw new ProviderResponseException(AiCapabilities.Chat, "The chat provider answered null instead of a draft.");

            // A de-identified model counted offsets in the text it saw, where placeholders and moved dates have other lengths.
            return chat.GetService<DeidentifyingChatClient>() is null ? draft : EvidenceAlignment.Realign(draft, transcript);
        }
        catch (JsonException malformed)
        {
            throw new ProviderResponseException(AiCapabilities.Chat, $"The chat provider's draft does not match the schema: {malformed.Message}", inner: malformed);
        }
    }

    private static string Describe(Transcript transcript, ExtractionContext context)
    {
        var text = new StringBuilder();
        text.Append("Patient language: ").Append(context.Language).Append('\n');
        if (context.KnownFacts is { } facts)
        {
            text.Append("Known medications: ").AppendJoin(", ", facts.Medications).Append('\n');
            text.Append("Known allergies: ").AppendJoin(", ", facts.Allergies).Append('\n');
        }

        text.Append("Transcript segments as JSON:\n");
        text.Append(JsonSerializer.Serialize(transcript.Segments.Select(s => new { id = s.Id, speaker = s.Speaker, text = s.Text }), SegmentJson));
        return text.ToString();
    }
}
