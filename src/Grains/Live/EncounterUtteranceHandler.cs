using Mesh.Grains.AI;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Mesh.Grains.Live;

/// <summary>
/// Turns one final utterance into what the encounter does with it: speaker and language, a voice command, the
/// translation and its speech for the other party, or in radiology mode the next findings and impressions.
/// A provider that fails costs its own step (an error event says which), never the transcript.
/// </summary>
public sealed partial class EncounterUtteranceHandler(
    ILanguageDetector languages,
    ITranslator translator,
    ITextToSpeechClient speech,
    IVoiceCommandDetector commands,
    IRadiologyEditor radiology,
    TimeProvider time,
    ILogger<EncounterUtteranceHandler> logger)
{
    public async Task<UtteranceOutcome> HandleAsync(
        LiveEncounterState live, string segmentId, string text, string? reportedLanguage, string? typedSpeaker, TimeSpan start, TimeSpan duration,
        (long First, long Last) chunks, CancellationToken ct)
    {
        var (speaker, language) = SpeakerRoles.Judge(live.Start, text, reportedLanguage, languages);
        if (typedSpeaker is not null)
        {
            speaker = typedSpeaker;
            language = speaker == SpeakerRoles.Patient ? live.Start.PatientLanguage : live.Start.DoctorLanguage;
        }

        var events = new List<EncounterEvent>
        {
            new TranscriptSegmentEvent(
                segmentId, speaker, language, text, (long)start.TotalMilliseconds, (long)(start + duration).TotalMilliseconds, chunks.First, chunks.Last),
        };
        if (live.Start.Mode == EncounterMode.Radiology)
        {
            return await DictateAsync(live, text, events, ct).ConfigureAwait(false);
        }

        var command = speaker is SpeakerRoles.Doctor or SpeakerRoles.Unknown
            ? await DetectCommandAsync(live, segmentId, text, language, events, ct).ConfigureAwait(false)
            : null;
        if (live.Start.Mode == EncounterMode.Interpreter)
        {
            await InterpretAsync(live, segmentId, speaker, language, text, events, ct).ConfigureAwait(false);
        }
        else
        {
            events.Add(new NewMessageEvent(segmentId, speaker, language, text, null, null, null));
        }

        return new UtteranceOutcome(events, command, live.Findings, live.Impressions, live.RadiologySection);
    }

    private async Task<EncounterCommand?> DetectCommandAsync(
        LiveEncounterState live, string segmentId, string text, string language, List<EncounterEvent> events, CancellationToken ct)
    {
        if (live.Commands.Any(c => c.CommandId == segmentId))
        {
            return null;
        }

        try
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            var detected = await commands.DetectAsync(text, language, today, ct).ConfigureAwait(false);
            return detected is null ? null : EncounterCommands.From(segmentId, text, detected, time.GetUtcNow());
        }
        catch (Exception error) when (IsProviderFailure(error))
        {
            LogStepFailed(logger, "command detection", error);
            events.Add(new EncounterErrorEvent("command_detection_failed", $"Voice commands could not be checked: {error.Message}"));
            return null;
        }
    }

    private async Task InterpretAsync(
        LiveEncounterState live, string segmentId, string speaker, string language, string text, List<EncounterEvent> events, CancellationToken ct)
    {
        var listener = SpeakerRoles.ListenerOf(speaker);
        var target = listener == SpeakerRoles.Patient ? live.Start.PatientLanguage : live.Start.DoctorLanguage;
        if (string.Equals(target, language, StringComparison.OrdinalIgnoreCase))
        {
            events.Add(new NewMessageEvent(segmentId, speaker, language, text, null, null, "Same language as the listener; not translated."));
            return;
        }

        Translation translation;
        try
        {
            translation = await translator.TranslateAsync(text, language, target, ct).ConfigureAwait(false);
        }
        catch (Exception error) when (IsProviderFailure(error))
        {
            LogStepFailed(logger, "translation", error);
            events.Add(new NewMessageEvent(segmentId, speaker, language, text, target, null, $"Untranslated: {error.Message}"));
            events.Add(new EncounterErrorEvent("translation_failed", $"Translation failed: {error.Message}"));
            return;
        }

        if (!translation.Translated)
        {
            events.Add(new NewMessageEvent(
                segmentId, speaker, language, text, target, null,
                "Untranslated: no translation provider is configured (Mesh:AI:Translation:BaseUrl and Model)."));
            return;
        }

        events.Add(new NewMessageEvent(segmentId, speaker, language, text, target, translation.Text, null));
        try
        {
            var audio = await speech.SynthesizeWavAsync(translation.Text, target, ct).ConfigureAwait(false);
            events.Add(new TtsAudioEvent(segmentId, listener, target, "audio/wav", audio.Data));
        }
        catch (Exception error) when (IsProviderFailure(error))
        {
            LogStepFailed(logger, "text to speech", error);
            events.Add(new EncounterErrorEvent("tts_failed", $"The translation could not be spoken: {error.Message}"));
        }
    }

    private async Task<UtteranceOutcome> DictateAsync(
        LiveEncounterState live, string text, List<EncounterEvent> events, CancellationToken ct)
    {
        var (target, dictation) = RadiologySectionSwitch.Split(text, live.RadiologySection);
        var findings = live.Findings;
        var impressions = live.Impressions;
        try
        {
            if (dictation.Length > 0 && target == RadiologySections.Findings)
            {
                findings = await radiology.MergeFindingsAsync(findings, dictation, live.Start.DoctorLanguage, ct).ConfigureAwait(false);
            }
            else if (dictation.Length > 0)
            {
                var cleaned = await radiology.CleanImpressionsAsync(dictation, live.Start.DoctorLanguage, ct).ConfigureAwait(false);
                impressions = impressions.Length == 0 ? cleaned : $"{impressions} {cleaned}";
            }
        }
        catch (Exception error) when (IsProviderFailure(error))
        {
            LogStepFailed(logger, "radiology editing", error);
            events.Add(new EncounterErrorEvent("radiology_edit_failed", $"The dictation could not be merged: {error.Message}"));
        }

        events.Add(new RadiologyTextEvent(findings, impressions));
        return new UtteranceOutcome(events, null, findings, impressions, target);
    }

    private static bool IsProviderFailure(Exception error) =>
        error is ProviderResponseException or ProviderTimeoutException or ProviderNotConfiguredException or HttpRequestException
            or Audio.ExternalToolMissingException or Audio.AudioConversionException;

    [LoggerMessage(LogLevel.Warning, "Live encounter step {Step} failed")]
    private static partial void LogStepFailed(ILogger logger, string step, Exception error);
}
