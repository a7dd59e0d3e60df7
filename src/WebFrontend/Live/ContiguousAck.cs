namespace Mesh.WebFrontend.Live;

/// <summary>
/// The highest chunk of an upload such that it and all before it are stored. An upload starts where the client says
/// it resumes (its first chunk); a gap holds the number back until the missing chunk is stored.
/// </summary>
public sealed class ContiguousAck
{
    private readonly SortedSet<long> _ahead = [];
    private long? _contiguous;

    public long Record(long sequence)
    {
        _contiguous ??= sequence - 1;
        if (sequence == _contiguous + 1)
        {
            _contiguous = sequence;
            while (_ahead.Remove(_contiguous.Value + 1))
            {
                _contiguous++;
            }
        }
        else if (sequence > _contiguous)
        {
            _ahead.Add(sequence);
        }

        return _contiguous.Value;
    }
}
