namespace Mesh.Runtime.Streams.Queue;

/// <summary>
/// The newest events of a stream, contiguous by sequence, kept until every live subscription has them.
/// Used only on its queue grain's activation, so it needs no locking.
/// </summary>
internal sealed class EventBuffer
{
    private readonly List<StoredStreamEvent> _events = [];
    private int _start;

    public int Count => _events.Count - _start;

    /// <summary>The sequence of the oldest event held, or null when empty.</summary>
    public long? FirstSequence => Count == 0 ? null : _events[_start].Sequence;

    public void Add(IReadOnlyList<StoredStreamEvent> events) => _events.AddRange(events);

    public bool TryGet(long sequence, out StoredStreamEvent item)
    {
        var index = Count == 0 ? -1 : _start + (int)(sequence - _events[_start].Sequence);
        if (index >= _start && index < _events.Count)
        {
            item = _events[index];
            return true;
        }

        item = null!;
        return false;
    }

    /// <summary>Drops events up to and including <paramref name="sequence"/>.</summary>
    public void TrimThrough(long sequence)
    {
        while (_start < _events.Count && _events[_start].Sequence <= sequence)
        {
            _events[_start++] = null!;
        }

        // Compact now and then instead of shifting on every trim.
        if (_start == _events.Count)
        {
            _events.Clear();
            _start = 0;
        }
        else if (_start > 64 && _start > _events.Count / 2)
        {
            _events.RemoveRange(0, _start);
            _start = 0;
        }
    }
}
