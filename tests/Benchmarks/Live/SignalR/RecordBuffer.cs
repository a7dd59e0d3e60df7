namespace Mesh.Benchmarks.Live.SignalR;

/// <summary>
/// Collects the bytes a WebSocket delivers and hands out whole JSON hub protocol records: each ends with the record
/// separator 0x1E, and a WebSocket message may hold several records or end in the middle of one.
/// </summary>
internal sealed class RecordBuffer
{
    public const byte Separator = 0x1e;

    // Less room than this and a receive is made room for first, so the socket is never read a few bytes at a time.
    private const int MinimumRoom = 4 * 1024;

    private byte[] _bytes = new byte[16 * 1024];
    private int _start;
    private int _end;

    /// <summary>Room to receive into: the unfinished record moves to the front, and the buffer grows when that is not enough.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_start > 0 && _bytes.Length - _end < MinimumRoom)
        {
            _bytes.AsSpan(_start, _end - _start).CopyTo(_bytes);
            _end -= _start;
            _start = 0;
        }

        if (_bytes.Length - _end < MinimumRoom)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        return _bytes.AsMemory(_end);
    }

    /// <summary>Marks <paramref name="count"/> bytes of <see cref="FreeSpace"/> as received.</summary>
    public void Advance(int count) => _end += count;

    /// <summary>
    /// The next whole record without its separator, or false when only part of one has arrived. The record points into
    /// the buffer, so it is read before the next <see cref="FreeSpace"/>.
    /// </summary>
    public bool TryTake(out ReadOnlyMemory<byte> record)
    {
        var separator = _bytes.AsSpan(_start, _end - _start).IndexOf(Separator);
        if (separator < 0)
        {
            if (_start == _end)
            {
                _start = _end = 0;
            }

            record = default;
            return false;
        }

        record = _bytes.AsMemory(_start, separator);
        _start += separator + 1;
        return true;
    }
}
