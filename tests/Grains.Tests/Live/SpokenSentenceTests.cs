using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.Audio;
using Mesh.Grains.Live;

namespace Mesh.Grains.Tests.Live;

/// <summary>The detector on real synthetic speech: espeak-ng sentences resampled by ffmpeg to what clinic apps stream.</summary>
public sealed class SpokenSentenceTests
{
    [Fact]
    public async Task Push_TwoSpokenSentencesOneSecondApart_GivesTwoUtterancesEachCoveringItsSentence()
    {
        var first = await SpeakAsync("The patient reports chest pain since yesterday evening.");
        var second = await SpeakAsync("Blood pressure is one hundred and forty over ninety.");
        var firstEnd = Seconds(first.Length);
        var secondStart = firstEnd + 1.0;
        var audio = new SyntheticAudio().Samples(first).Silence(1.0, noiseDbfs: -70).Samples(second).ToPcm16();

        var utterances = ChunkedStream.Run(audio);

        Assert.Equal(2, utterances.Count);
        Assert.InRange(utterances[0].Start.TotalSeconds, 0, 0.5);
        Assert.InRange(utterances[0].End.TotalSeconds, firstEnd - 0.6, firstEnd + 0.5);
        Assert.InRange(utterances[1].Start.TotalSeconds, secondStart - 0.3, secondStart + 0.5);
        Assert.InRange(utterances[1].End.TotalSeconds, secondStart + Seconds(second.Length) - 0.6, secondStart + Seconds(second.Length));
        Assert.All(utterances, u => Assert.InRange(u.Duration.TotalSeconds, 1.5, 6));
    }

    private static async Task<short[]> SpeakAsync(string sentence)
    {
        var spoken = await new EspeakTextToSpeech().SynthesizeWavAsync(sentence, "en", CancellationToken.None);
        var resampled = await new FfmpegAudioConverter().ToPcm16MonoWavAsync(spoken, VoiceActivityOptions.SampleRate);
        return WavReader.Read(resampled.Data).Samples.ToArray();
    }

    private static double Seconds(int samples) => samples / (double)VoiceActivityOptions.SampleRate;
}
