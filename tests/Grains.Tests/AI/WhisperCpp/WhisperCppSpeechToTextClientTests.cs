using Mesh.Grains.AI;
using Mesh.Grains.AI.WhisperCpp;
using Mesh.Grains.Audio;
using Mesh.Grains.Tests.Audio;
using Mesh.TestSupport;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Tests.AI.WhisperCpp;

/// <summary>The whisper.cpp client on the real native library, with a random-weight model the test writes.</summary>
public sealed class WhisperCppSpeechToTextClientTests : IDisposable
{
    private static readonly TimeSpan Audio = TimeSpan.FromSeconds(1.5);
    private readonly TempDirectory _folder = new("mesh-whisper-");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Wav_is_transcribed_into_segments_with_timestamps_and_the_detected_language()
    {
        using var client = Load(TinyWhisperModel.MultilingualVocabulary);

        var transcript = await client.TranscribeAsync(new AudioClip(TestMedia.ToneWav(16_000, 1, Audio.TotalSeconds), AudioFormat.Wav), null, CancellationToken.None);

        Assert.NotEmpty(transcript.Segments);
        Assert.All(transcript.Segments, segment => Assert.InRange(segment.End, segment.Start, Audio));
        Assert.True(transcript.Segments.Zip(transcript.Segments.Skip(1)).All(pair => pair.First.Start <= pair.Second.Start), "segments are in time order");
        Assert.All(transcript.Segments, segment => Assert.Contains(segment.Text, transcript.Text));
        Assert.NotNull(transcript.Language);
        Assert.Contains(transcript.Language, Whisper.net.WhisperFactory.GetSupportedLanguages());
    }

    [Fact]
    public async Task A_language_hint_is_what_whisper_transcribes_in()
    {
        using var client = Load(TinyWhisperModel.MultilingualVocabulary);

        var transcript = await client.TranscribeAsync(new AudioClip(TestMedia.ToneWav(16_000, 1, Audio.TotalSeconds), AudioFormat.Wav), "hu-HU", CancellationToken.None);

        Assert.NotEmpty(transcript.Segments);
        Assert.Equal("hu", transcript.Language);
    }

    [Fact]
    public async Task An_english_only_model_reports_english_whatever_the_hint()
    {
        using var client = Load(TinyWhisperModel.EnglishVocabulary);

        var transcript = await client.TranscribeAsync(new AudioClip(TestMedia.ToneWav(16_000, 1, Audio.TotalSeconds), AudioFormat.Wav), "de", CancellationToken.None);

        Assert.False(client.Model.IsMultilingual);
        Assert.NotEmpty(transcript.Segments);
        Assert.Equal("en", transcript.Language);
    }

    [Fact]
    public async Task Stereo_44k_webm_is_converted_to_16k_mono_by_ffmpeg_first()
    {
        using var client = Load(TinyWhisperModel.MultilingualVocabulary);
        var webm = await TestMedia.EncodeAsync(TestMedia.ToneWav(44_100, 2, Audio.TotalSeconds), "webm", "-c:a", "libopus");

        var transcript = await client.TranscribeAsync(AudioClip.FromBytes(webm), "en", CancellationToken.None);

        Assert.NotEmpty(transcript.Segments);
        Assert.All(transcript.Segments, segment => Assert.InRange(segment.End, segment.Start, Audio));
    }

    [Fact]
    public async Task Streaming_yields_one_update_per_segment_with_its_times()
    {
        using var client = Load(TinyWhisperModel.MultilingualVocabulary);
        using var audio = new MemoryStream(TestMedia.ToneWav(16_000, 1, Audio.TotalSeconds));

        var updates = new List<SpeechToTextResponseUpdate>();
        await foreach (var update in client.GetStreamingTextAsync(audio, new SpeechToTextOptions { SpeechLanguage = "en" }))
        {
            updates.Add(update);
        }

        Assert.NotEmpty(updates);
        Assert.All(updates, update => Assert.True(update.StartTime is { } start && update.EndTime is { } end && end >= start));
        Assert.All(updates, update => Assert.Equal("en", update.AdditionalProperties?["language"]));
    }

    [Fact]
    public async Task Undecodable_audio_is_a_provider_response_error()
    {
        using var client = Load(TinyWhisperModel.MultilingualVocabulary);

        var error = await Assert.ThrowsAsync<ProviderResponseException>(
            () => client.TranscribeAsync(new AudioClip("RIFF\0\0\0\0WAVEjunk"u8.ToArray(), AudioFormat.Wav), null, CancellationToken.None));

        Assert.Contains("WAV", error.Message);
    }

    [Fact]
    public void A_missing_model_file_names_the_setting_and_the_file()
    {
        var path = _folder.Combine("ggml-base.en.bin");

        var error = Assert.Throws<ProviderNotConfiguredException>(() => WhisperModelFile.Verify(path));

        Assert.Contains("Mesh:AI:SpeechToText:ModelPath", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void An_unset_model_path_says_which_setting_to_set()
    {
        var error = Assert.Throws<ProviderNotConfiguredException>(() => WhisperModelFile.Verify(null));

        Assert.Contains("Mesh:AI:SpeechToText:ModelPath is not set", error.Message);
    }

    [Fact]
    public void A_file_without_the_ggml_magic_is_refused_before_whisper_reads_it()
    {
        var path = _folder.Combine("model.bin");
        File.WriteAllText(path, "<!DOCTYPE html><html>Not found</html>");

        var error = Assert.Throws<ProviderNotConfiguredException>(() => WhisperCppSpeechToTextClient.Load(new WhisperCppOptions { ModelPath = path }));

        Assert.Contains("Mesh:AI:SpeechToText:ModelPath", error.Message);
        Assert.Contains(path, error.Message);
        Assert.Contains("ggml magic", error.Message);
        Assert.Contains("HTML", error.Message);
    }

    [Fact]
    public void A_folder_as_model_path_is_refused()
    {
        var error = Assert.Throws<ProviderNotConfiguredException>(() => WhisperModelFile.Verify(_folder.Path));

        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public void A_truncated_model_fails_to_load_with_the_file_named()
    {
        var path = _folder.Combine("truncated.bin");
        var size = TinyWhisperModel.Write(path);
        using (var file = File.OpenWrite(path))
        {
            file.SetLength(size / 2);
        }

        var error = Assert.Throws<ProviderNotConfiguredException>(() => WhisperCppSpeechToTextClient.Load(new WhisperCppOptions { ModelPath = path }));

        Assert.Contains("Mesh:AI:SpeechToText:ModelPath", error.Message);
        Assert.Contains(path, error.Message);
    }

    private WhisperCppSpeechToTextClient Load(int vocabulary)
    {
        var path = _folder.Combine($"tiny-{vocabulary}.bin");
        TinyWhisperModel.Write(path, vocabulary);
        // One thread: whisper.cpp's threads spin while they wait for each other, which is slow on a busy two-core machine.
        return WhisperCppSpeechToTextClient.Load(new WhisperCppOptions { ModelPath = path, Threads = 1 });
    }
}
