using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Mesh.Grains.Live;

/// <summary>
/// Cuts a live PCM16 16 kHz mono stream into utterances by frame energy: a frame is speech when it stands
/// <see cref="VoiceActivityOptions.NoiseMarginDb"/> above the noise floor and above an absolute minimum; a few speech
/// frames open an utterance, a hangover of silence closes it. Chunks may have any size, odd ones included; frames are
/// aligned to the stream's first sample, so how the audio was chunked never changes the result. Deterministic: the same
/// bytes give the same utterances. One instance per stream; not thread-safe.
/// </summary>
public sealed class VoiceActivityDetector
{
    private const double SilenceDbfs = -100;
    private const double FullScaleSquared = 32768.0 * 32768.0;

    private readonly int _frameSamples;
    private readonly int _startFrames;
    private readonly int _hangoverFrames;
    private readonly long _preRollSamples;
    private readonly long _postRollSamples;
    private readonly long _minSpeechSamples;
    private readonly long _maxSamples;
    private readonly VoiceActivityOptions _options;
    private readonly ChunkLedger _chunks;
    private readonly NoiseFloorTracker _noise;

    // Every sample from _bufferStart on: the open utterance, or while idle the pre-roll candidates and the partial frame.
    private readonly List<short> _buffer = [];
    private long _bufferStart;
    private long _skipBytes;
    private int _pendingLowByte = -1;
    private long _frameSquares;
    private int _frameFill;

    private int _voicedRun;
    private bool _open;
    private long _speechStart;
    private long _lastVoicedEnd;
    private int _silentFrames;
    private double _floorAtOpen;
    private bool _hasChunks;

    /// <summary>A detector for a new stream.</summary>
    public VoiceActivityDetector(VoiceActivityOptions options)
        : this(options, new VoiceActivityResumePoint(long.MinValue + 1, 0, 0, null, (options ?? throw new ArgumentNullException(nameof(options))).InitialNoiseFloorDbfs), resumed: false)
    {
    }

    private VoiceActivityDetector(VoiceActivityOptions options, VoiceActivityResumePoint point, bool resumed)
    {
        options.Validate();
        _options = options;
        _frameSamples = options.FrameSamples;
        _startFrames = options.SpeechStartFrames;
        _hangoverFrames = FramesCeiling(options.Hangover);
        _preRollSamples = FramesFloor(options.PreRoll) * (long)_frameSamples;
        _postRollSamples = FramesFloor(options.PostRoll) * (long)_frameSamples;
        _minSpeechSamples = Samples(options.MinUtterance);
        _maxSamples = Math.Max(FramesFloor(options.MaxUtterance), 1) * (long)_frameSamples;

        _chunks = new ChunkLedger(point.FirstChunk - 1, point.ChunkStartByte);
        _bufferStart = point.ResumeSample;
        _skipBytes = (2 * point.ResumeSample) - point.ChunkStartByte;
        _noise = new NoiseFloorTracker(FramesCeiling(options.NoiseFloorWindow), point.NoiseFloorDbfs, point.ResumeSample / _frameSamples);
        if (point.SpeechStartSample is { } speechStart)
        {
            _open = true;
            _speechStart = speechStart;
            _lastVoicedEnd = speechStart;
            _floorAtOpen = point.NoiseFloorDbfs;
        }

        // A resumed detector already knows where its first chunk sits in the stream, so it can say where to resume from.
        _hasChunks = resumed;
    }

    /// <summary>
    /// The first chunk of the utterance open now, or null when none is. After a crash, re-pushing the stored chunks from
    /// it into <see cref="Resume"/> with <see cref="ResumePoint"/> finds that utterance again, with the same times.
    /// </summary>
    public long? OpenUtteranceFirstChunk => _open ? ResumePoint?.FirstChunk : null;

    /// <summary>Where to rebuild this detector from after a crash; null before the first chunk.</summary>
    public VoiceActivityResumePoint? ResumePoint
    {
        get
        {
            if (!_hasChunks)
            {
                return null;
            }

            var (sequence, startByte) = _chunks.ChunkAt(2 * _bufferStart);
            return new VoiceActivityResumePoint(sequence, startByte, _bufferStart, _open ? _speechStart : null, _open ? _floorAtOpen : _noise.Current);
        }
    }

    /// <summary>How much audio has been pushed, counted from the first sample of the stream.</summary>
    public TimeSpan Position => TimeOf(_bufferStart + _buffer.Count);

    /// <summary>
    /// Rebuilds a detector from <paramref name="point"/>; push it the stored chunks from <see cref="VoiceActivityResumePoint.FirstChunk"/>
    /// on. Times stay counted from the stream's first sample.
    /// </summary>
    public static VoiceActivityDetector Resume(VoiceActivityOptions options, VoiceActivityResumePoint point)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(point);
        options.Validate();
        if (point.ResumeSample < 0 || 2 * point.ResumeSample < point.ChunkStartByte || point.ResumeSample % options.FrameSamples != 0
            || point.SpeechStartSample < point.ResumeSample || point.FirstChunk == long.MinValue)
        {
            throw new ArgumentException(
                "The resume point does not fit these options: its sample must be frame-aligned, at or after its chunk's start, and not after the speech start.",
                nameof(point));
        }

        return new VoiceActivityDetector(options, point, resumed: true);
    }

    /// <summary>
    /// Adds the chunk with sequence <paramref name="chunkSequence"/> (strictly increasing) and returns the utterances it
    /// completed, in order; usually none.
    /// </summary>
    public IReadOnlyList<SpeechUtterance> Push(long chunkSequence, ReadOnlySpan<byte> pcm16)
    {
        _chunks.Record(chunkSequence, pcm16.Length);
        _hasChunks = true;
        List<SpeechUtterance>? completed = null;

        // A resumed detector starts mid-chunk at its resume sample; the bytes before it belong to audio already handled.
        var data = pcm16;
        if (_skipBytes > 0)
        {
            var skip = (int)Math.Min(_skipBytes, data.Length);
            data = data[skip..];
            _skipBytes -= skip;
        }

        if (_pendingLowByte >= 0 && data.Length > 0)
        {
            AddSample((short)(_pendingLowByte | (data[0] << 8)), ref completed);
            _pendingLowByte = -1;
            data = data[1..];
        }

        var whole = data.Length & ~1;
        for (var i = 0; i < whole; i += 2)
        {
            AddSample(BinaryPrimitives.ReadInt16LittleEndian(data[i..]), ref completed);
        }

        if (whole < data.Length)
        {
            _pendingLowByte = data[whole];
        }

        return completed ?? (IReadOnlyList<SpeechUtterance>)[];
    }

    /// <summary>Ends the stream: returns the open utterance if it is long enough, and leaves the detector idle.</summary>
    public SpeechUtterance? Flush()
    {
        SpeechUtterance? last = null;
        if (_open)
        {
            var end = Math.Min(_lastVoicedEnd + _postRollSamples, _bufferStart + _buffer.Count);
            last = IsLongEnough() ? Cut(_bufferStart, end) : null;
            _open = false;
        }

        _voicedRun = 0;
        Discard(_bufferStart + _buffer.Count - _frameFill);
        return last;
    }

    private void AddSample(short sample, ref List<SpeechUtterance>? completed)
    {
        _buffer.Add(sample);
        _frameSquares += sample * sample;
        if (++_frameFill == _frameSamples)
        {
            var found = EndFrame();
            if (found is not null)
            {
                (completed ??= []).Add(found);
            }
        }
    }

    private SpeechUtterance? EndFrame()
    {
        var frameEnd = _bufferStart + _buffer.Count;
        var frameStart = frameEnd - _frameSamples;
        var meanSquare = _frameSquares / (double)_frameSamples / FullScaleSquared;
        var level = meanSquare > 0 ? Math.Max(10 * Math.Log10(meanSquare), SilenceDbfs) : SilenceDbfs;
        _frameSquares = 0;
        _frameFill = 0;

        var floor = _noise.Add(frameStart / _frameSamples, level);
        var voiced = level >= Math.Max(_options.MinimumSpeechDbfs, floor + _options.NoiseMarginDb);
        return _open ? ContinueUtterance(voiced, frameStart, frameEnd) : Listen(voiced, frameEnd, floor);
    }

    private SpeechUtterance? Listen(bool voiced, long frameEnd, double floor)
    {
        _voicedRun = voiced ? _voicedRun + 1 : 0;
        if (_voicedRun >= _startFrames)
        {
            _open = true;
            _speechStart = frameEnd - (_startFrames * (long)_frameSamples);
            _lastVoicedEnd = frameEnd;
            _silentFrames = 0;
            _floorAtOpen = floor;
            _voicedRun = 0;
            Discard(Math.Max(_bufferStart, _speechStart - _preRollSamples));
            return null;
        }

        // Idle: keep only what a speech start in the next frames could claim as pre-roll.
        Discard(Math.Max(_bufferStart, frameEnd - ((_startFrames * (long)_frameSamples) + _preRollSamples)));
        return null;
    }

    private SpeechUtterance? ContinueUtterance(bool voiced, long frameStart, long frameEnd)
    {
        // A resumed detector replays the pre-roll in the open state; those frames were silence before the speech began.
        if (frameStart >= _speechStart)
        {
            if (voiced)
            {
                _lastVoicedEnd = frameEnd;
                _silentFrames = 0;
            }
            else
            {
                _silentFrames++;
            }
        }

        if (_silentFrames >= _hangoverFrames)
        {
            var utterance = IsLongEnough() ? Cut(_bufferStart, Math.Min(_lastVoicedEnd + _postRollSamples, frameEnd)) : null;
            _open = false;
            _voicedRun = 0;
            Discard(frameEnd);
            return utterance;
        }

        if (frameEnd - _bufferStart >= _maxSamples)
        {
            // Still talking: the cut is hard, and the next utterance goes on from here without waiting for a new start.
            var utterance = IsLongEnough() ? Cut(_bufferStart, frameEnd) : null;
            _speechStart = frameEnd;
            _lastVoicedEnd = frameEnd;
            _floorAtOpen = _noise.Current;
            Discard(frameEnd);
            return utterance;
        }

        return null;
    }

    private bool IsLongEnough() => _lastVoicedEnd - _speechStart >= Math.Max(_minSpeechSamples, 1);

    private SpeechUtterance Cut(long start, long end)
    {
        var samples = CollectionsMarshal.AsSpan(_buffer).Slice((int)(start - _bufferStart), (int)(end - start));
        var pcm = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(2 * i), samples[i]);
        }

        return new SpeechUtterance(
            _chunks.ChunkAt(2 * start).Sequence,
            _chunks.ChunkAt((2 * end) - 1).Sequence,
            pcm,
            TimeOf(start),
            TimeOf(end - start));
    }

    private void Discard(long newStart)
    {
        if (newStart <= _bufferStart)
        {
            return;
        }

        _buffer.RemoveRange(0, (int)(newStart - _bufferStart));
        _bufferStart = newStart;
        _chunks.ForgetBefore(2 * newStart);
    }

    private static TimeSpan TimeOf(long samples) => TimeSpan.FromTicks(samples * TimeSpan.TicksPerSecond / VoiceActivityOptions.SampleRate);

    private static long Samples(TimeSpan span) => (long)Math.Round(span.TotalSeconds * VoiceActivityOptions.SampleRate);

    private int FramesFloor(TimeSpan span) => (int)(Samples(span) / _frameSamples);

    private int FramesCeiling(TimeSpan span) => (int)((Samples(span) + _frameSamples - 1) / _frameSamples);
}
