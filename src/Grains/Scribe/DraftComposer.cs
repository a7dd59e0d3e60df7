using System.Diagnostics;
using Mesh.Grains.AI;
using Mesh.Grains.AI.Privacy;
using Mesh.Grains.Conversations;
using Mesh.Grains.Patients;
using Mesh.Grains.Telemetry;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.Scribe;

/// <summary>
/// Makes a draft: transcript, then facts from the chat provider when one is configured (the offline extractor when not,
/// or when the provider fails), then grounding, which drops whatever its evidence does not support, then the patient summary.
/// </summary>
public sealed partial class DraftComposer(VisitTranscriber transcriber, IChatClient chat, ILogger<DraftComposer> logger)
{
    private readonly OfflineClinicalExtractor _offline = new();

    /// <summary>Transcribes the request's audio (or reads its typed transcript), then composes the draft from it.</summary>
    public async Task<ComposedDraft> ComposeAsync(DraftRequest request, PatientContext patient, CancellationToken ct)
    {
        var warnings = new List<string>();
        var transcript = await transcriber.TranscribeAsync(request, warnings, ct).ConfigureAwait(false);
        return await ComposeAsync(transcript, request, patient, warnings, ct).ConfigureAwait(false);
    }

    /// <summary>Composes the draft from a transcript that is already there, such as a live encounter's segments.</summary>
    public async Task<ComposedDraft> ComposeAsync(Transcript transcript, DraftRequest request, PatientContext patient, List<string> warnings, CancellationToken ct)
    {
        using var span = MeshMetrics.Activities.StartActivity("Mesh.ComposeDraft");
        var started = Stopwatch.GetTimestamp();
        var context = new ExtractionContext(request.Language, new PatientFacts(
            [.. patient.ActiveMedications.Select(m => m.Name)], [.. patient.Allergies.Select(a => a.Substance)], [.. patient.ActiveConditions.Select(c => c.Text)]));
        ClinicalDraft extracted;
        using (PhiSubjectScope.Enter(PhiSubject.From(patient)))
        {
            extracted = await ExtractAsync(transcript, context, warnings, ct).ConfigureAwait(false);
        }

        var grounded = GroundingValidator.Validate(extracted, transcript);
        warnings.AddRange(grounded.Warnings);
        var conflicts = AllergyConflicts.Find(grounded.Draft, patient.Allergies);
        warnings.AddRange(conflicts.Select(c => c.Message));
        var summary = PatientSummaryWriter.Write(grounded.Draft, request.Language);
        warnings.AddRange(summary.Warnings);
        MeshMetrics.DraftComposed(Stopwatch.GetElapsedTime(started));
        return new ComposedDraft(transcript, grounded.Draft, summary.Markdown, warnings, conflicts);
    }

    private async Task<ClinicalDraft> ExtractAsync(Transcript transcript, ExtractionContext context, List<string> warnings, CancellationToken ct)
    {
        if (!chat.IsConfigured())
        {
            return await _offline.ExtractAsync(transcript, context, ct).ConfigureAwait(false);
        }

        try
        {
            return await new ChatClinicalExtractor(chat).ExtractAsync(transcript, context, ct).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is ProviderResponseException or ProviderTimeoutException)
        {
            LogChatFailed(logger, failure);
            warnings.Add($"The chat provider failed ({failure.Message}); the offline extractor made this draft.");
            return await _offline.ExtractAsync(transcript, context, ct).ConfigureAwait(false);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Chat extraction failed; falling back to the offline extractor")]
    private static partial void LogChatFailed(ILogger logger, Exception error);
}

/// <summary>A draft's parts before they are stored.</summary>
public sealed record ComposedDraft(
    Transcript Transcript, ClinicalDraft ClinicalDraft, string PatientSummaryMd, IReadOnlyList<string> Warnings, IReadOnlyList<AllergyConflict> AllergyConflicts);
