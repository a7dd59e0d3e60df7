namespace Mesh.Grains.Scribe.Text;

/// <summary>One lexicon term found in a segment; the span includes any inflectional ending.</summary>
internal readonly record struct TermMatch<T>(int Start, int End, T Value)
{
    public TextSpan Span => new(Start, End);
}
