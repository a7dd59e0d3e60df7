using Mesh.Grains.Database;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Patients;
using Mesh.Grains.Reports;
using Mesh.Grains.Scribe;
using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>
/// One encounter. Holds the transcript and the current AI draft, which is never part of the record; finalize hands a
/// doctor-reviewed copy to the report archive. Turns make concurrent finalizes of one draft yield one report.
/// </summary>
public sealed partial class ConversationGrain(
    [PersistentState("conversation")] IPersistentState<ConversationState> conversation,
    DraftComposer composer,
    VisitSummarizer summarizer,
    LiveTranscriber transcriber,
    EncounterUtteranceHandler utterances,
    EncounterAudioTable audio,
    VoiceActivityOptions voiceActivity,
    IWebmDecoderFactory webmDecoders,
    LiveEncounterOptions liveOptions,
    TimeProvider time) : Grain, IConversationGrain
{
    private (string Tenant, string ConversationId) Key => TenantKeys.Parse(this.GetPrimaryKeyString());

    public Task<Draft> GenerateDraftAsync(DraftRequest request) => MakeDraftAsync(request, null);

    /// <summary>
    /// Composes a draft for the request, from <paramref name="transcript"/> when one is given (a live encounter's
    /// segments) or else from the request's audio or typed text, and keeps it; the draft replaces any earlier one.
    /// </summary>
    private async Task<Draft> MakeDraftAsync(DraftRequest request, Transcript? transcript)
    {
        var patient = await GrainFactory.GetGrain<IPatientGrain>(PatientKeys.For(Key.Tenant, request.PatientId)).GetContextAsync()
            ?? throw new KeyNotFoundException($"Patient {request.PatientId} does not exist.");
        var composed = transcript is null
            ? await composer.ComposeAsync(request, patient, CancellationToken.None)
            : await composer.ComposeAsync(transcript, request, patient, [], CancellationToken.None);
        var revision = conversation.State.Revision + 1;
        var draft = new Draft(
            ConversationKeys.DraftId(Key.ConversationId, revision), Key.ConversationId, request.PatientId, request.DoctorId, request.Date,
            request.Language, composed.Transcript, composed.ClinicalDraft, composed.PatientSummaryMd, composed.Warnings, time.GetUtcNow(),
            composed.AllergyConflicts);
        conversation.State.Revision = revision;
        conversation.State.Draft = draft;
        await conversation.WriteStateAsync();
        return draft;
    }

    public async Task<VisitSummary> SummarizeVisitAsync(VisitSummaryRequest request)
    {
        _ = await GrainFactory.GetGrain<IPatientGrain>(PatientKeys.For(Key.Tenant, request.PatientId)).GetContextAsync()
            ?? throw new KeyNotFoundException($"Patient {request.PatientId} does not exist.");
        var summary = await summarizer.SummarizeAsync(request, CancellationToken.None);
        conversation.State.VisitSummary = summary;
        conversation.State.Images = [.. request.Images];
        await conversation.WriteStateAsync();
        return summary;
    }

    public Task<Draft?> GetDraftAsync(string draftId) =>
        Task.FromResult(conversation.State.Draft is { } draft && draft.DraftId == draftId ? draft : null);

    public async Task<FinalizedReport> FinalizeAsync(string draftId, ReviewedDraft reviewed, Signer signer)
    {
        if (conversation.State.Finalized.TryGetValue(draftId, out var done))
        {
            return done;
        }

        var draft = conversation.State.Draft is { } current && current.DraftId == draftId
            ? current
            : throw new KeyNotFoundException($"Draft {draftId} does not exist.");
        var patientGrain = GrainFactory.GetGrain<IPatientGrain>(PatientKeys.For(Key.Tenant, draft.PatientId));
        var patient = await patientGrain.GetContextAsync() ?? throw new KeyNotFoundException($"Patient {draft.PatientId} does not exist.");
        var content = new ReportContent(
            reviewed.ClinicalDraft, reviewed.PatientSummaryMd, reviewed.Actionables, draft.ClinicalDraft,
            DraftEdits.Between(draft.ClinicalDraft, reviewed.ClinicalDraft),
            patient.DisplayName, patient.BirthDate, signer.DisplayName, draft.Date, null);
        var reportId = Guid.NewGuid().ToString("N");
        var report = await GrainFactory.GetGrain<IReportGrain>(TenantKeys.For(Key.Tenant, reportId)).CreateAsync(draftId, draft.PatientId, content, signer);

        conversation.State.Finalized[draftId] = report;
        await conversation.WriteStateAsync();
        await patientGrain.RecordEncounterAsync(new PatientEncounter(Key.ConversationId, draft.Date, signer.DoctorId, report.ReportId));
        return report;
    }
}
