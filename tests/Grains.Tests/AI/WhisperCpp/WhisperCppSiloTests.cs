using Mesh.Grains.AI.WhisperCpp;
using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.Grains.Patients;
using Mesh.Grains.Radiology;
using Mesh.Grains.Tests.Audio;
using Mesh.Grains.Tests.Cluster;
using Mesh.TestSupport;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.AI.WhisperCpp;

/// <summary>A silo with <c>Provider=Whisper</c>: the grains that take audio transcribe it with whisper.cpp.</summary>
public sealed class WhisperCppSiloTests : IAsyncLifetime
{
    private static readonly TimeSpan Audio = TimeSpan.FromSeconds(1.5);
    private readonly TempDirectory _folder = new("mesh-whisper-silo-");
    private MeshCluster _silo = null!;

    public async Task InitializeAsync()
    {
        var model = _folder.Combine("tiny.bin");
        TinyWhisperModel.Write(model);
        _silo = await MeshCluster.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Mesh:AI:SpeechToText:Provider"] = "Whisper",
            ["Mesh:AI:SpeechToText:ModelPath"] = model,
            ["Mesh:AI:SpeechToText:Threads"] = "1",
        });
        await _silo.Client.GetGrain<IPatientGrain>(PatientKeys.For("t1", "p1")).CreateAsync(
            new PatientDemographics("Anna", "Kiss", new DateOnly(1980, 1, 1), PatientSex.Female, "en", []), PatientClinicalFacts.None);
    }

    public async Task DisposeAsync()
    {
        await _silo.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public void The_silo_loaded_the_model_at_start()
    {
        Assert.IsType<WhisperCppSpeechToTextClient>(_silo.Services.GetRequiredService<ISpeechToTextClient>());
    }

    [Fact]
    public async Task A_draft_from_audio_keeps_whispers_segments_and_times()
    {
        var wav = TestMedia.ToneWav(16_000, 1, Audio.TotalSeconds);

        var draft = await _silo.Client.GetGrain<IConversationGrain>(ConversationKeys.For("t1", "c1"))
            .GenerateDraftAsync(new DraftRequest("p1", "dr-1", new DateOnly(2026, 11, 20), "en", wav, null));

        Assert.NotEmpty(draft.Transcript.Segments);
        Assert.All(draft.Transcript.Segments, segment => Assert.InRange(segment.EndMs, segment.StartMs, (long)Audio.TotalMilliseconds));
    }

    [Fact]
    public async Task A_radiology_dictation_from_audio_is_transcribed()
    {
        var task = _silo.Client.GetGrain<IDictationTaskGrain>("t1/d1");
        await task.StartAsync(new DictationTaskRequest(
            RadiologySections.Findings, null, TestMedia.ToneWav(16_000, 1, Audio.TotalSeconds), "", "en", "dr-1"));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        var result = await task.GetAsync();
        while (result is { Status: DictationTaskStatus.Pending } && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            result = await task.GetAsync();
        }

        Assert.NotNull(result);
        Assert.True(result.Status == DictationTaskStatus.Completed, $"{result.Status}: {result.Error}");
        Assert.False(string.IsNullOrWhiteSpace(result.Dictation));
    }
}
