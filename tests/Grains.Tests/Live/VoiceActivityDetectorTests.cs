using Mesh.Grains.Live;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Tests.Live;

public sealed class VoiceActivityDetectorTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);

    [Fact]
    public void Push_ToneBurstsBetweenNoisySilences_GivesOneUtterancePerBurstWithPreAndPostRoll()
    {
        var audio = new SyntheticAudio()
            .Silence(1.0).Tone(1.0).Silence(1.5).Tone(0.8, dbfs: -30).Silence(1.5).Tone(1.2, dbfs: -12).Silence(1.0)
            .ToPcm16();

        var utterances = ChunkedStream.Run(audio);

        Assert.Equal(3, utterances.Count);
        AssertSpan(utterances[0], start: 0.8, end: 2.2);
        AssertSpan(utterances[1], start: 3.3, end: 4.5);
        AssertSpan(utterances[2], start: 5.6, end: 7.2);
        Assert.All(utterances, u => Assert.Equal(u.Duration.TotalSeconds * 32000, u.Pcm16.Length, precision: 0));
        Assert.InRange(SyntheticAudio.LevelDbfs(utterances[0].Pcm16), -23, -19);
    }

    [Fact]
    public void Push_PauseShorterThanHangover_StaysInsideOneUtterance()
    {
        var audio = new SyntheticAudio().Silence(0.5).Tone(1.0).Silence(0.3).Tone(1.0).Silence(1.0).ToPcm16();

        var utterance = Assert.Single(ChunkedStream.Run(audio));

        AssertSpan(utterance, start: 0.3, end: 3.0);
    }

    [Fact]
    public void Push_PauseLongerThanHangover_SplitsTheUtterance()
    {
        var audio = new SyntheticAudio().Silence(0.5).Tone(1.0).Silence(0.7).Tone(1.0).Silence(1.0).ToPcm16();

        var utterances = ChunkedStream.Run(audio);

        Assert.Equal(2, utterances.Count);
        AssertSpan(utterances[0], start: 0.3, end: 1.7);
        AssertSpan(utterances[1], start: 2.0, end: 3.4);
    }

    [Theory]
    [InlineData(0.1, 0)]
    [InlineData(0.2, 0)]
    [InlineData(0.3, 1)]
    public void Push_BurstShorterThanMinimumUtterance_IsDropped(double burstSeconds, int expected)
    {
        var audio = new SyntheticAudio().Silence(1.0).Tone(burstSeconds).Silence(1.0).ToPcm16();

        Assert.Equal(expected, ChunkedStream.Run(audio).Count);
    }

    [Fact]
    public void Push_TalkLongerThanMaximum_IsCutAtTheMaximumAndGoesOn()
    {
        var audio = new SyntheticAudio().Silence(1.0).Talk(20.0).Silence(1.0).ToPcm16();

        var utterances = ChunkedStream.Run(audio);

        Assert.Equal(2, utterances.Count);
        Assert.Equal(TimeSpan.FromSeconds(15), utterances[0].Duration);
        Assert.Equal(TimeSpan.FromSeconds(0.8), utterances[0].Start);
        Assert.Equal(utterances[0].End, utterances[1].Start);
        Assert.InRange(utterances[1].End.TotalSeconds, 20.9, 21.25);
    }

    [Fact]
    public void Push_LoudSteadyRoomNoise_IsLearnedAndSpeechAboveItStillFound()
    {
        const double Room = -38; // above the absolute minimum, so only the adaptive floor can tell it from speech
        var audio = new SyntheticAudio()
            .Silence(5.0, Room).Tone(1.0, dbfs: -12, noiseDbfs: Room).Silence(1.5, Room).Tone(1.0, dbfs: -12, noiseDbfs: Room).Silence(1.0, Room)
            .ToPcm16();

        var afterWarmUp = ChunkedStream.Run(audio).Where(u => u.Start > TimeSpan.FromSeconds(4)).ToList();

        Assert.Equal(2, afterWarmUp.Count);
        AssertSpan(afterWarmUp[0], start: 4.8, end: 6.2);
        AssertSpan(afterWarmUp[1], start: 7.3, end: 8.7);
    }

    [Fact]
    public void Push_OddAndSplitSampleChunks_GiveTheSameUtterancesAsWholeChunks()
    {
        var audio = Conversation();
        var random = new Random(11);
        var oddSizes = Enumerable.Range(0, 500).Select(_ => random.Next(1, 5000)).ToList();
        var oddChunks = ChunkedStream.Split(audio, oddSizes, firstSequence: 500, step: 3);

        var whole = ChunkedStream.Run(new VoiceActivityDetector(new VoiceActivityOptions()), ChunkedStream.Split(audio));
        var odd = ChunkedStream.Run(new VoiceActivityDetector(new VoiceActivityOptions()), oddChunks);

        Assert.Equal(3, whole.Count);
        Assert.Equal(whole.Select(u => (u.Start, u.Duration)), odd.Select(u => (u.Start, u.Duration)));
        Assert.All(whole.Zip(odd), pair => Assert.Equal(pair.First.Pcm16, pair.Second.Pcm16));
        Assert.All(odd, u => AssertChunksHoldTheBytes(u, oddChunks));
    }

    [Fact]
    public void Push_SameAudioTwice_IsDeterministic()
    {
        var audio = Conversation();

        var first = ChunkedStream.Run(audio);
        var second = ChunkedStream.Run(audio);

        Assert.Equal(first.Select(u => (u.FirstChunk, u.LastChunk, u.Start, u.Duration)), second.Select(u => (u.FirstChunk, u.LastChunk, u.Start, u.Duration)));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Pcm16, pair.Second.Pcm16));
    }

    [Fact]
    public void Push_UtteranceReportsTheChunksHoldingItsFirstAndLastBytes()
    {
        var audio = new SyntheticAudio().Silence(1.0).Tone(1.0).Silence(1.0).ToPcm16();
        var chunks = ChunkedStream.Split(audio, [3200], firstSequence: 1000, step: 2);

        var utterance = Assert.Single(ChunkedStream.Run(new VoiceActivityDetector(new VoiceActivityOptions()), chunks));

        // 0.8 s is the start of the ninth 100 ms chunk; 2.2 s ends the twenty-second.
        Assert.Equal(1016, utterance.FirstChunk);
        Assert.Equal(1042, utterance.LastChunk);
    }

    [Fact]
    public void OpenUtteranceFirstChunk_FollowsTheUtteranceBeingSpoken()
    {
        var audio = new SyntheticAudio().Silence(1.0).Tone(1.0).Silence(1.0).ToPcm16();
        var detector = new VoiceActivityDetector(new VoiceActivityOptions());
        var seen = new List<long?>();
        SpeechUtterance? found = null;

        foreach (var chunk in ChunkedStream.Split(audio))
        {
            found ??= detector.Push(chunk.Sequence, chunk.Bytes).SingleOrDefault();
            seen.Add(detector.OpenUtteranceFirstChunk);
        }

        Assert.NotNull(found);
        Assert.All(seen.Take(10), Assert.Null);
        Assert.All(seen.Skip(11).Take(10), first => Assert.Equal(found.FirstChunk, first));
        Assert.Null(seen[^1]);
        Assert.Null(detector.Flush());
    }

    [Theory]
    [InlineData(15)] // mid-utterance
    [InlineData(27)] // in the silence between two utterances
    [InlineData(33)] // a few frames into the second utterance's start
    public void Resume_FromTheResumePoint_FindsWhatTheUninterruptedDetectorFinds(int crashAfterChunk)
    {
        var audio = new SyntheticAudio().Silence(1.0).Tone(1.0).Silence(1.0).Tone(1.4).Silence(1.0).ToPcm16();
        var chunks = ChunkedStream.Split(audio, [3201, 3199, 3333], firstSequence: 10);
        var options = new VoiceActivityOptions();
        var expected = ChunkedStream.Run(new VoiceActivityDetector(options), chunks);

        var crashed = new VoiceActivityDetector(options);
        var beforeCrash = ChunkedStream.Run(crashed, chunks.Take(crashAfterChunk), flush: false);
        var point = crashed.ResumePoint!;
        var rebuilt = VoiceActivityDetector.Resume(options, point);
        var afterCrash = ChunkedStream.Run(rebuilt, chunks.Where(c => c.Sequence >= point.FirstChunk));

        var all = beforeCrash.Concat(afterCrash).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected.Select(u => (u.FirstChunk, u.LastChunk, u.Start, u.Duration)), all.Select(u => (u.FirstChunk, u.LastChunk, u.Start, u.Duration)));
        Assert.All(expected.Zip(all), pair => Assert.Equal(pair.First.Pcm16, pair.Second.Pcm16));
    }

    [Fact]
    public void Resume_AfterAMaximumLengthCut_ContinuesTheSecondPart()
    {
        var audio = new SyntheticAudio().Silence(1.0).Talk(20.0).Silence(1.0).ToPcm16();
        var chunks = ChunkedStream.Split(audio, [3201]);
        var options = new VoiceActivityOptions();
        var expected = ChunkedStream.Run(new VoiceActivityDetector(options), chunks);

        var crashed = new VoiceActivityDetector(options);
        var beforeCrash = ChunkedStream.Run(crashed, chunks.Take(180), flush: false);
        var point = crashed.ResumePoint!;
        var afterCrash = ChunkedStream.Run(VoiceActivityDetector.Resume(options, point), chunks.Where(c => c.Sequence >= point.FirstChunk));

        Assert.Single(beforeCrash);
        Assert.Equal(point.ResumeSample, point.SpeechStartSample);
        Assert.Equal(expected.Select(u => (u.Start, u.Duration)), beforeCrash.Concat(afterCrash).Select(u => (u.Start, u.Duration)));
        Assert.Equal(expected[1].Pcm16, afterCrash.Single().Pcm16);
    }

    [Fact]
    public void ResumePoint_DuringAnUtterance_StartsAtItsFirstChunkAndCarriesItsSpeechStart()
    {
        var audio = new SyntheticAudio().Silence(1.0).Tone(1.0).Silence(1.0).ToPcm16();
        var detector = new VoiceActivityDetector(new VoiceActivityOptions());
        Assert.Null(detector.ResumePoint);

        ChunkedStream.Run(detector, ChunkedStream.Split(audio).Take(15), flush: false);

        var point = detector.ResumePoint!;
        Assert.Equal(detector.OpenUtteranceFirstChunk, point.FirstChunk);
        Assert.Equal(8, point.FirstChunk);
        Assert.Equal(0.8 * 16000, point.ResumeSample);
        Assert.Equal(16000, point.SpeechStartSample);
        Assert.InRange(point.NoiseFloorDbfs, -70.5, -60);
    }

    [Fact]
    public void Flush_StreamEndsMidSpeech_ReturnsTheOpenUtterance()
    {
        var audio = new SyntheticAudio().Silence(1.0).Tone(1.0).ToPcm16();
        var detector = new VoiceActivityDetector(new VoiceActivityOptions());

        Assert.Empty(ChunkedStream.Run(detector, ChunkedStream.Split(audio), flush: false));
        var last = detector.Flush();

        Assert.NotNull(last);
        AssertSpan(last, start: 0.8, end: 2.0);
        Assert.Null(detector.OpenUtteranceFirstChunk);
        Assert.Null(detector.Flush());
    }

    [Fact]
    public void Push_EmptyAndSingleByteChunks_AreAccepted()
    {
        var audio = new SyntheticAudio().Silence(0.5).Tone(0.5).Silence(1.0).ToPcm16();
        var detector = new VoiceActivityDetector(new VoiceActivityOptions());

        Assert.Empty(detector.Push(0, []));
        var utterances = ChunkedStream.Run(detector, ChunkedStream.Split(audio, [1, 0, 3], firstSequence: 1));

        AssertSpan(Assert.Single(utterances), start: 0.3, end: 1.2);
        Assert.Equal(TimeSpan.FromSeconds(2), detector.Position);
    }

    [Fact]
    public void Push_SequenceGoingBackwards_Throws()
    {
        var detector = new VoiceActivityDetector(new VoiceActivityOptions());
        detector.Push(5, new byte[640]);

        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Push(5, new byte[640]));
        Assert.Throws<ArgumentOutOfRangeException>(() => detector.Push(4, new byte[640]));
    }

    [Fact]
    public void Constructor_PostRollLongerThanHangover_NamesTheSetting()
    {
        var options = new VoiceActivityOptions { PostRoll = TimeSpan.FromSeconds(1) };

        var error = Assert.Throws<ArgumentException>(() => new VoiceActivityDetector(options));

        Assert.Contains(nameof(VoiceActivityOptions.PostRoll), error.Message);
    }

    [Fact]
    public void Resume_PointNotOnAFrameBoundary_Throws()
    {
        var point = new VoiceActivityResumePoint(3, 9000, 4567, null, -60);

        Assert.Throws<ArgumentException>(() => VoiceActivityDetector.Resume(new VoiceActivityOptions(), point));
    }

    [Fact]
    public void FromConfiguration_ReadsMillisecondsAndLevels()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mesh:Live:VoiceActivity:HangoverMilliseconds"] = "700",
            ["Mesh:Live:VoiceActivity:MaxUtteranceMilliseconds"] = "20000",
            ["Mesh:Live:VoiceActivity:MinimumSpeechDbfs"] = "-45.5",
            ["Mesh:Live:VoiceActivity:SpeechStartFrames"] = "4",
        }).Build();

        var options = VoiceActivityOptions.FromConfiguration(configuration);

        Assert.Equal(TimeSpan.FromMilliseconds(700), options.Hangover);
        Assert.Equal(TimeSpan.FromSeconds(20), options.MaxUtterance);
        Assert.Equal(-45.5, options.MinimumSpeechDbfs);
        Assert.Equal(4, options.SpeechStartFrames);
        Assert.Equal(new VoiceActivityOptions().FrameLength, options.FrameLength);
    }

    private static byte[] Conversation() =>
        new SyntheticAudio().Silence(0.7).Talk(2.3).Silence(1.2).Tone(0.9, dbfs: -28).Silence(0.9).Talk(3.1, dbfs: -15).Silence(0.6).ToPcm16();

    private static void AssertSpan(SpeechUtterance utterance, double start, double end)
    {
        Assert.InRange(utterance.Start, TimeSpan.FromSeconds(start) - Frame, TimeSpan.FromSeconds(start) + Frame);
        Assert.InRange(utterance.End, TimeSpan.FromSeconds(end) - Frame, TimeSpan.FromSeconds(end) + Frame);
    }

    private static void AssertChunksHoldTheBytes(SpeechUtterance utterance, List<ChunkedStream.Chunk> chunks)
    {
        var firstByte = (long)(utterance.Start.TotalSeconds * 32000);
        var lastByte = firstByte + utterance.Pcm16.Length - 1;
        var first = chunks.Single(c => c.Sequence == utterance.FirstChunk);
        var last = chunks.Single(c => c.Sequence == utterance.LastChunk);
        Assert.InRange(firstByte, first.StartByte, first.StartByte + first.Bytes.Length - 1);
        Assert.InRange(lastByte, last.StartByte, last.StartByte + last.Bytes.Length - 1);
    }
}
