namespace Mesh.Grains.Scribe.Text;

/// <summary>A half-open character range [Start, End) in a segment's text.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
