namespace Mesh.Grains.Claims.X12;

/// <summary>
/// One segment of an interchange: its id, its 1-based position in the interchange (ISA is 1) and its elements.
/// Elements are numbered as the implementation guides number them (CLM01 is <c>this[1]</c>); one that is absent
/// reads as the empty string, which X12 treats the same as an empty element.
/// </summary>
public sealed class X12Segment
{
    private readonly string[] _elements;
    private readonly X12Delimiters _delimiters;

    internal X12Segment(string[] elements, int position, X12Delimiters delimiters)
    {
        _elements = elements;
        _delimiters = delimiters;
        Position = position;
    }

    /// <summary>The segment id (ISA, CLM, SV1, ...).</summary>
    public string Id => _elements[0];

    /// <summary>The 1-based position of the segment in the interchange.</summary>
    public int Position { get; }

    /// <summary>How many elements follow the id (trailing empty ones included as sent).</summary>
    public int ElementCount => _elements.Length - 1;

    /// <summary>Element <paramref name="element"/> (1-based), or "" when absent.</summary>
    public string this[int element] => element > 0 && element < _elements.Length ? _elements[element] : "";

    /// <summary>Whether element <paramref name="element"/> carries a value.</summary>
    public bool Has(int element) => this[element].Length > 0;

    /// <summary>Component <paramref name="component"/> (1-based) of a composite element, or "" when absent.</summary>
    public string Component(int element, int component)
    {
        var value = this[element];
        var start = 0;
        for (var index = 1; index < component; index++)
        {
            var next = value.IndexOf(_delimiters.Component, start);
            if (next < 0)
            {
                return "";
            }

            start = next + 1;
        }

        var end = value.IndexOf(_delimiters.Component, start);
        return end < 0 ? value[start..] : value[start..end];
    }

    /// <summary>The components of a composite element.</summary>
    public string[] Components(int element) => this[element].Split(_delimiters.Component);

    /// <summary>The repeats of a repeating element (one item when it does not repeat).</summary>
    public string[] Repetitions(int element) =>
        _delimiters.Repetition == '\0' ? [this[element]] : this[element].Split(_delimiters.Repetition);

    /// <summary>The segment as it would be written, without its terminator (for messages and tests).</summary>
    public override string ToString() => string.Join(_delimiters.Element, _elements);
}
