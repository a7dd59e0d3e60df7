namespace Mesh.Grains.Live;

/// <summary>Which chunk each byte of the stream came in, for the bytes a detector may still hand out.</summary>
internal sealed class ChunkLedger
{
    private readonly List<(long Sequence, long StartByte)> _chunks = [];

    public ChunkLedger(long lastSequence, long bytesSeen)
    {
        LastSequence = lastSequence;
        BytesSeen = bytesSeen;
    }

    /// <summary>The sequence of the last chunk recorded (or the one before the first expected).</summary>
    public long LastSequence { get; private set; }

    /// <summary>Stream bytes recorded so far, counted from the start of the stream.</summary>
    public long BytesSeen { get; private set; }

    public void Record(long sequence, int length)
    {
        if (sequence <= LastSequence)
        {
            throw new ArgumentOutOfRangeException(
                nameof(sequence), sequence, $"Chunks must arrive in increasing sequence order; the last one was {LastSequence}.");
        }

        _chunks.Add((sequence, BytesSeen));
        LastSequence = sequence;
        BytesSeen += length;
    }

    /// <summary>The chunk holding stream byte <paramref name="offset"/>, or the next chunk to come when it has not arrived yet.</summary>
    public (long Sequence, long StartByte) ChunkAt(long offset)
    {
        if (offset >= BytesSeen)
        {
            return (LastSequence + 1, BytesSeen);
        }

        // Empty chunks share their start with the next one; the last chunk starting at or before the byte holds it.
        for (var i = _chunks.Count - 1; i >= 0; i--)
        {
            if (_chunks[i].StartByte <= offset)
            {
                return _chunks[i];
            }
        }

        throw new InvalidOperationException($"Byte {offset} came before the oldest chunk still recorded.");
    }

    /// <summary>Forgets chunks that end at or before stream byte <paramref name="offset"/>.</summary>
    public void ForgetBefore(long offset)
    {
        var drop = 0;
        while (drop + 1 < _chunks.Count && _chunks[drop + 1].StartByte <= offset)
        {
            drop++;
        }

        _chunks.RemoveRange(0, drop);
    }
}
