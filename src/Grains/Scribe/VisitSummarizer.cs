using System.Text.Json;
using Mesh.Grains.AI;
using Mesh.Grains.Audio;
using Mesh.Grains.Conversations;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Summarises a visit from several recordings, images and typed notes. Each file is tried on its own: one that cannot be
/// read is reported with the reason and the rest still count. The facts come from the grounded extractor, so the summary
/// says only what the visit said.
/// </summary>
public sealed class VisitSummarizer(ISpeechToTextClient speech, IChatClient chat)
{
    private static readonly JsonElement FindingsSchema = JsonDocument.Parse(
        """{"type":"object","properties":{"findings":{"type":"string"}},"required":["findings"],"additionalProperties":false}""").RootElement;

    public async Task<VisitSummary> SummarizeAsync(VisitSummaryRequest request, CancellationToken ct)
    {
        var errors = new List<FileError>();
        var texts = new List<string>(request.Notes.Where(n => !string.IsNullOrWhiteSpace(n)));
        var audio = 0;
        foreach (var file in request.Audio)
        {
            if (await TranscribeAsync(file, request.Template.Language, errors, ct).ConfigureAwait(false) is { } text)
            {
                texts.Add(text);
                audio++;
            }
        }

        var findings = new List<string>();
        foreach (var file in request.Images)
        {
            if (await DescribeAsync(file, errors, ct).ConfigureAwait(false) is { } description)
            {
                findings.Add($"{file.Name}: {description}");
            }
        }

        var transcript = TranscriptParser.Parse(string.Join('\n', texts));
        var draft = GroundingValidator.Validate(OfflineClinicalExtractor.Extract(transcript, new ExtractionContext(request.Template.Language)), transcript).Draft;
        var summary = texts.Count == 0 && findings.Count == 0
            ? "Nothing in the files could be read; see the errors for each file."
            : SummaryTemplateWriter.Write(request.Template, draft, findings);
        return new VisitSummary(summary, new FilesProcessed(audio, findings.Count, errors));
    }

    private async Task<string?> TranscribeAsync(VisitFile file, string language, List<FileError> errors, CancellationToken ct)
    {
        var clip = AudioClip.FromBytes(file.Data);
        if (file.Data.Length == 0 || clip.Format == AudioFormat.Unknown)
        {
            errors.Add(new FileError(file.Name, file.Data.Length == 0 ? "The file is empty." : "Not wav, webm/opus, ogg, mp3 or m4a audio."));
            return null;
        }

        try
        {
            return (await speech.TranscribeAsync(clip, language, ct).ConfigureAwait(false)).Text;
        }
        catch (Exception failure) when (failure is ProviderNotConfiguredException or ProviderResponseException or ProviderTimeoutException)
        {
            errors.Add(new FileError(file.Name, $"Not transcribed: {failure.Message}"));
            return null;
        }
    }

    private async Task<string?> DescribeAsync(VisitFile file, List<FileError> errors, CancellationToken ct)
    {
        var format = ImageFormatSniffer.Detect(file.Data);
        if (format == ImageFormat.Unknown)
        {
            errors.Add(new FileError(file.Name, "Not a jpg, png, webp or heic image."));
            return null;
        }

        if (!chat.IsConfigured())
        {
            errors.Add(new FileError(file.Name, "Stored, not analysed: no vision-capable chat provider is configured (Mesh:AI:Chat:BaseUrl and Model)."));
            return null;
        }

        try
        {
            ChatMessage[] messages =
            [
                new(ChatRole.User,
                [
                    new TextContent("Describe the clinically relevant findings in this image in one or two sentences. Say only what is visible."),
                    new DataContent(file.Data, ImageFormatSniffer.MimeType(format)),
                ]),
            ];
            var answer = await chat.GetJsonAsync(messages, "image_findings", FindingsSchema, AiCapabilities.Chat, ct).ConfigureAwait(false);
            return answer.GetProperty("findings").GetString();
        }
        catch (Exception failure) when (failure is ProviderResponseException or ProviderTimeoutException or JsonException or KeyNotFoundException)
        {
            errors.Add(new FileError(file.Name, $"Not analysed: {failure.Message}"));
            return null;
        }
    }
}
