namespace Mesh.Runtime.Streams;

/// <summary>
/// The position of an event in its stream. Sequences start at 1 and grow by one per event, so a subscriber that
/// remembers the highest token it handled recognises a repeat (a token not above it) and would see a gap.
/// </summary>
/// <param name="Sequence">The event's sequence number in its stream.</param>
public readonly record struct StreamSequenceToken(long Sequence) : IComparable<StreamSequenceToken>
{
    /// <inheritdoc />
    public int CompareTo(StreamSequenceToken other) => Sequence.CompareTo(other.Sequence);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(StreamSequenceToken left, StreamSequenceToken right) => left.Sequence < right.Sequence;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(StreamSequenceToken left, StreamSequenceToken right) => left.Sequence > right.Sequence;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    public static bool operator <=(StreamSequenceToken left, StreamSequenceToken right) => left.Sequence <= right.Sequence;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    public static bool operator >=(StreamSequenceToken left, StreamSequenceToken right) => left.Sequence >= right.Sequence;

    /// <inheritdoc />
    public override string ToString() => Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
