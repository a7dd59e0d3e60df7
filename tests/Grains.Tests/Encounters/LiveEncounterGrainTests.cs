using System.Diagnostics;
using Mesh.Grains.Conversations;
using Mesh.Grains.Database;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Patients;
using Mesh.Grains.Tests.Audio;
using Mesh.Grains.Tests.Cluster;
using Mesh.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Encounters;

/// <summary>The conversation grain's live path, fed chunk by chunk as the hub feeds it.</summary>
public sealed class LiveEncounterGrainTests
{
    private const string Tenant = "clinic-a";

    [Fact]
    public async Task WebM_audio_from_MediaRecorder_is_decoded_by_ffmpeg_and_transcribed()
    {
        await using var speech = await FakeSpeechServer.StartAsync(["First sentence heard.", "Second sentence heard."], TimeSpan.FromMilliseconds(10));
        await using var silo = await MeshCluster.StartAsync(settings: speech.Settings());
        using var folder = new TempDirectory("mesh-webm-");
        var webm = await SpokenWebmAsync(folder.Path);
        var (conversation, key) = await StartAsync(silo, EncounterAudioFormat.Webm);

        var chunks = webm.Chunk(4000).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            await conversation.ReceiveAudioAsync(new EncounterAudioChunk(i + 1, chunks[i]));
        }

        // Ending transcribes every chunk stored before it, so both sentences are in the transcript.
        var ended = await conversation.EndEncounterAsync("dr-live");
        var events = await conversation.GetEncounterEventsAsync(0);
        Assert.True(ended.Segments.Count == 2, string.Join(" | ", events.Select(e => e.ToString())) + $" webm={webm.Length} chunks={chunks.Count}");
        Assert.Equal(["First sentence heard.", "Second sentence heard."], ended.Segments.Select(s => s.Text));
        Assert.Equal(EncounterStatus.Ended, ended.Status);
        Assert.NotNull(ended.DraftId);
        var stored = await silo.Services.GetRequiredService<EncounterAudioTable>().ListSequencesAsync(key);
        Assert.Equal(Enumerable.Range(1, chunks.Count).Select(i => (long)i), stored);
    }

    [Fact]
    public async Task A_chunk_delivered_twice_is_stored_once_and_audio_without_consent_is_refused()
    {
        await using var speech = await FakeSpeechServer.StartAsync(["Only once."], TimeSpan.FromMilliseconds(10));
        await using var silo = await MeshCluster.StartAsync(settings: speech.Settings());
        var (conversation, key) = await StartAsync(silo, EncounterAudioFormat.Pcm16);
        var tone = TestMedia.Pcm16Tone(TimeSpan.FromSeconds(1));
        var silence = new byte[3200];
        long sequence = 0;
        foreach (var chunk in tone.Chunk(3200).Concat(Enumerable.Repeat(silence, 10)))
        {
            sequence++;
            await conversation.ReceiveAudioAsync(new EncounterAudioChunk(sequence, chunk));
            await conversation.ReceiveAudioAsync(new EncounterAudioChunk(sequence, chunk));
        }

        var snapshot = await WaitForSegmentsAsync(conversation, 1);
        Assert.Equal("Only once.", Assert.Single(snapshot.Segments).Text);
        Assert.Equal(1, speech.Transcriptions);

        // Each call returned once its chunk was stored.
        var table = silo.Services.GetRequiredService<EncounterAudioTable>();
        Assert.Equal(Enumerable.Range(1, (int)sequence).Select(i => (long)i), await table.ListSequencesAsync(key));

        var (refusing, refusingKey) = await StartAsync(silo, EncounterAudioFormat.Pcm16, consent: false);
        var refused = await Assert.ThrowsAsync<EncounterStateException>(() => refusing.ReceiveAudioAsync(new EncounterAudioChunk(1, silence)));
        Assert.Contains("consent", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await table.ListSequencesAsync(refusingKey));

        await conversation.PauseEncounterAsync("dr-live");
        await Assert.ThrowsAsync<EncounterStateException>(() => conversation.ReceiveAudioAsync(new EncounterAudioChunk(sequence + 1, silence)));
        Assert.DoesNotContain(sequence + 1, await table.ListSequencesAsync(key));
    }

    [Fact]
    public async Task A_live_draft_keeps_its_evidence_on_the_live_segments_with_their_times_and_audio_chunks()
    {
        await using var speech = await FakeSpeechServer.StartAsync(["I will start lisinopril 10 mg once daily."], TimeSpan.FromMilliseconds(10));
        await using var silo = await MeshCluster.StartAsync(settings: speech.Settings());
        var (conversation, _) = await StartAsync(silo, EncounterAudioFormat.Pcm16);
        var silence = new byte[3200];
        long sequence = 0;
        foreach (var chunk in Enumerable.Repeat(silence, 5).Concat(TestMedia.Pcm16Tone(TimeSpan.FromSeconds(1)).Chunk(3200)).Concat(Enumerable.Repeat(silence, 10)))
        {
            await conversation.ReceiveAudioAsync(new EncounterAudioChunk(++sequence, chunk));
        }

        var ended = await conversation.EndEncounterAsync("dr-live");
        var segment = Assert.Single(ended.Segments);
        var draft = await conversation.GetDraftAsync(ended.DraftId!);

        var heard = Assert.Single(draft!.Transcript.Segments);
        Assert.Equal(segment.SegmentId, heard.Id);
        Assert.Equal((segment.StartMs, segment.EndMs), (heard.StartMs, heard.EndMs));
        // The tone starts after half a second of silence; the detector keeps a short pre-roll before speech.
        Assert.InRange(segment.StartMs, 100, 500);
        Assert.Equal((segment.FirstChunk, segment.LastChunk), (heard.FirstChunk!.Value, heard.LastChunk!.Value));
        Assert.Equal("Unknown", heard.Speaker);
        var lisinopril = Assert.Single(draft.ClinicalDraft.Medications, m => m.Name.Contains("lisinopril", StringComparison.OrdinalIgnoreCase));
        Assert.All(lisinopril.Evidence, evidence => Assert.Equal(segment.SegmentId, evidence.SegmentId));
        Assert.NotEmpty(lisinopril.Evidence);
    }

    [Fact]
    public async Task Voice_commands_are_kept_on_the_patient_once()
    {
        await using var silo = await MeshCluster.StartAsync();
        var (conversation, _) = await StartAsync(silo, EncounterAudioFormat.Pcm16);
        await conversation.SendTextAsync(new EncounterText(SpeakerRoles.Doctor, "Schedule a follow-up in two weeks."));
        await conversation.SendTextAsync(new EncounterText(SpeakerRoles.Doctor, "The throat looks red."));

        var snapshot = await conversation.GetEncounterAsync();
        var command = Assert.Single(snapshot!.Commands);
        Assert.Equal(EncounterCommandKind.ScheduleFollowUp, command.Kind);
        var orders = await silo.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, snapshot.PatientId)).ListOrdersAsync();
        Assert.Equal(command.CommandId, Assert.Single(orders).OrderId);
    }

    [Fact]
    public async Task Radiology_dictation_fills_findings_then_impressions()
    {
        await using var silo = await MeshCluster.StartAsync();
        var (conversation, _) = await StartAsync(silo, EncounterAudioFormat.Pcm16, EncounterMode.Radiology);
        await conversation.SendTextAsync(new EncounterText(SpeakerRoles.Doctor, "Findings: the lungs are clear comma no effusion"));
        await conversation.SendTextAsync(new EncounterText(SpeakerRoles.Doctor, "no pneumothorax"));
        var snapshot = await conversation.SendTextAsync(new EncounterText(SpeakerRoles.Doctor, "Impression: um normal normal chest period"));

        Assert.Equal("The lungs are clear, no effusion. No pneumothorax.", snapshot.Findings);
        Assert.Equal("Normal chest.", snapshot.Impressions);
    }

    private static async Task<(IConversationGrain Grain, string Key)> StartAsync(
        MeshCluster silo, EncounterAudioFormat format, EncounterMode mode = EncounterMode.Scribe, bool consent = true)
    {
        var patientId = "p-" + Guid.NewGuid().ToString("N")[..8];
        await silo.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, patientId)).CreateAsync(
            new PatientDemographics("Ödön", "Kovács", new DateOnly(1970, 1, 1), PatientSex.Male, "en", []), PatientClinicalFacts.None);
        var key = ConversationKeys.For(Tenant, Guid.NewGuid().ToString("N"));
        var grain = silo.Client.GetGrain<IConversationGrain>(key);
        await grain.StartEncounterAsync(new EncounterStart(
            patientId, mode, "en", "en", format, new EncounterConsent(consent, ConsentMethod.Verbal, "dr-live", DateTimeOffset.UtcNow), "dr-live",
            new DateOnly(2026, 11, 21)));
        return (grain, key);
    }

    private static async Task<EncounterSnapshot> WaitForSegmentsAsync(IConversationGrain grain, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var snapshot = (await grain.GetEncounterAsync())!;
            if (snapshot.Segments.Count >= count || DateTime.UtcNow > deadline)
            {
                return snapshot;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Ending_an_encounter_where_nothing_was_said_makes_no_draft_and_says_why()
    {
        await using var silo = await MeshCluster.StartAsync();
        var (conversation, _) = await StartAsync(silo, EncounterAudioFormat.Pcm16);

        var ended = await conversation.EndEncounterAsync("dr-live");

        Assert.Equal(EncounterStatus.Ended, ended.Status);
        Assert.Null(ended.DraftId);
        Assert.Contains(await conversation.GetEncounterEventsAsync(0), e => e is EncounterErrorEvent { Code: "no_speech" });
    }

    /// <summary>Two spoken sentences a second apart, encoded as MediaRecorder would: WebM with Opus.</summary>
    private static async Task<byte[]> SpokenWebmAsync(string folder)
    {
        var parts = new List<string>();
        string[] sentences = ["The first sentence is short.", "The second one follows after a pause."];
        for (var i = 0; i < sentences.Length; i++)
        {
            var path = Path.Combine(folder, $"s{i}.wav");
            await RunAsync("espeak-ng", "-v", "en", "-w", path, sentences[i]);
            parts.Add(path);
        }

        var output = Path.Combine(folder, "speech.webm");
        await RunAsync("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", parts[0], "-i", parts[1],
            "-filter_complex", "[0:a]apad=pad_dur=1.2[a0];[1:a]apad=pad_dur=1.2[a1];[a0][a1]concat=n=2:v=0:a=1", "-c:a", "libopus", "-ar", "48000", "-ac", "1", output);
        return await File.ReadAllBytesAsync(output);
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true, UseShellExecute = false })!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool}: {errors}");
    }
}
