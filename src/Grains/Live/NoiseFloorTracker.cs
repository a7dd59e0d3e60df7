namespace Mesh.Grains.Live;

/// <summary>
/// The noise floor as the minimum frame energy over a sliding window (minimum statistics): speech always has gaps
/// between words that fall back to the room's level, so the minimum follows the room, not the voice. A monotonic
/// queue keeps each frame O(1).
/// </summary>
internal sealed class NoiseFloorTracker
{
    private readonly int _windowFrames;
    private readonly double _seedDbfs;
    private readonly long _seedUntilFrame;
    private readonly long[] _frames;
    private readonly double[] _levels;
    private int _head;
    private int _count;

    /// <param name="windowFrames">Frames in the window.</param>
    /// <param name="seedDbfs">The floor assumed while the first window is still filling.</param>
    /// <param name="firstFrame">Index of the first frame the tracker will see.</param>
    public NoiseFloorTracker(int windowFrames, double seedDbfs, long firstFrame)
    {
        _windowFrames = windowFrames;
        _seedDbfs = seedDbfs;
        _seedUntilFrame = firstFrame + windowFrames;
        _frames = new long[windowFrames + 1];
        _levels = new double[windowFrames + 1];
        Current = seedDbfs;
    }

    /// <summary>The floor after the last frame added.</summary>
    public double Current { get; private set; }

    /// <summary>Adds the energy of frame <paramref name="frame"/> and returns the floor including it.</summary>
    public double Add(long frame, double dbfs)
    {
        while (_count > 0 && _levels[Index(_count - 1)] >= dbfs)
        {
            _count--;
        }

        _frames[Index(_count)] = frame;
        _levels[Index(_count)] = dbfs;
        _count++;
        while (_frames[_head] <= frame - _windowFrames)
        {
            _head = (_head + 1) % _frames.Length;
            _count--;
        }

        var floor = _levels[_head];
        Current = frame < _seedUntilFrame ? Math.Min(floor, _seedDbfs) : floor;
        return Current;
    }

    private int Index(int offset) => (_head + offset) % _frames.Length;
}
