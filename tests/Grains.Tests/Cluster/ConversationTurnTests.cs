using System.Diagnostics;
using Mesh.Grains.Conversations;
using Mesh.Grains.Database;
using Mesh.Grains.Encounters;
using Mesh.Grains.Patients;
using Mesh.Grains.Tests.Audio;
using Mesh.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// Orleans' turns where Mesh relies on them: a conversation grain runs one call at a time, except the audio call that
/// is marked to interleave, which stores its chunk and returns while a slow transcription holds the grain's turn.
/// </summary>
public sealed class ConversationTurnTests
{
    private const string Tenant = "clinic-turns";
    private static readonly TimeSpan SlowTranscription = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Audio_is_stored_and_acknowledged_while_a_slow_transcription_holds_the_turn()
    {
        var probe = new CallOverlapProbe(typeof(IConversationGrain));
        await using var speech = await FakeSpeechServer.StartAsync(["Slowly heard."], SlowTranscription);
        await using var cluster = await MeshCluster.StartAsync(
            settings: speech.Settings(translation: false, textToSpeech: false), configure: silo => silo.AddIncomingGrainCallFilter(probe));
        var (conversation, key) = await StartEncounterAsync(cluster);

        // One second of tone, then silence: the detector closes the utterance and the grain starts transcribing it.
        long sequence = 0;
        foreach (var chunk in TestMedia.Pcm16Tone(TimeSpan.FromSeconds(1)).Chunk(3200).Concat(Enumerable.Repeat(new byte[3200], 10)))
        {
            await conversation.ReceiveAudioAsync(new EncounterAudioChunk(++sequence, chunk));
        }

        await WaitUntilAsync(() => speech.Transcriptions == 1, "the transcription to start");

        // A plain call waits for the turn; the interleaving audio call does not.
        var snapshot = conversation.GetEncounterAsync();
        await conversation.ReceiveAudioAsync(new EncounterAudioChunk(++sequence, new byte[3200]));

        Assert.Contains(nameof(IConversationGrain.ProcessReceivedAudioAsync), probe.RunningWhenLastEntered(nameof(IConversationGrain.ReceiveAudioAsync)));
        var stored = await cluster.Services.GetRequiredService<EncounterAudioTable>().ListSequencesAsync(key);
        Assert.Contains(sequence, stored);
        Assert.Equal("Slowly heard.", Assert.Single((await snapshot)!.Segments).Text);
        Assert.DoesNotContain(nameof(IConversationGrain.ProcessReceivedAudioAsync), probe.RunningWhenLastEntered(nameof(IConversationGrain.GetEncounterAsync)));
    }

    [Fact]
    public async Task Concurrent_finalizes_of_one_draft_run_one_at_a_time_and_sign_one_report()
    {
        var probe = new CallOverlapProbe(typeof(IConversationGrain));
        await using var cluster = await MeshCluster.StartAsync(configure: silo => silo.AddIncomingGrainCallFilter(probe));
        var patientId = await CreatePatientAsync(cluster);
        var conversation = cluster.Client.GetGrain<IConversationGrain>(ConversationKeys.For(Tenant, Guid.NewGuid().ToString("N")));
        var draft = await conversation.GenerateDraftAsync(new DraftRequest(
            patientId, "dr-turns", new DateOnly(2026, 11, 20), "en", null,
            "Doctor: What brings you in?\nPatient: A sore throat for three days.\nDoctor: Take paracetamol 500 mg twice a day."));
        var reviewed = new ReviewedDraft(draft.ClinicalDraft, draft.PatientSummaryMd, []);

        var reports = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            conversation.FinalizeAsync(draft.DraftId, reviewed, new Signer("dr-turns", "Dr. Turns"))));

        Assert.Equal(1, probe.MostAtOnce(nameof(IConversationGrain.FinalizeAsync)));
        Assert.Single(reports.Select(r => r.ReportId).Distinct());
        var listed = await cluster.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, patientId)).ListReportsAsync();
        Assert.Equal(reports[0].ReportId, Assert.Single(listed).ReportId);
    }

    private static async Task<string> CreatePatientAsync(MeshCluster cluster)
    {
        var patientId = "p-" + Guid.NewGuid().ToString("N")[..8];
        await cluster.Client.GetGrain<IPatientGrain>(PatientKeys.For(Tenant, patientId)).CreateAsync(
            new PatientDemographics("Réka", "Tóth", new DateOnly(1985, 5, 5), PatientSex.Female, "en", []), PatientClinicalFacts.None);
        return patientId;
    }

    private static async Task<(IConversationGrain Grain, string Key)> StartEncounterAsync(MeshCluster cluster)
    {
        var patientId = await CreatePatientAsync(cluster);
        var key = ConversationKeys.For(Tenant, Guid.NewGuid().ToString("N"));
        var grain = cluster.Client.GetGrain<IConversationGrain>(key);
        await grain.StartEncounterAsync(new EncounterStart(
            patientId, EncounterMode.Scribe, "en", "en", EncounterAudioFormat.Pcm16,
            new EncounterConsent(true, ConsentMethod.Verbal, "dr-turns", DateTimeOffset.UtcNow), "dr-turns", new DateOnly(2026, 11, 21)));
        return (grain, key);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), $"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }
}
