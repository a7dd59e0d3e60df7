namespace Mesh.Grains.AI.Privacy;

/// <summary>An identifier found in a text: where, and what kind; a date also carries how it was written.</summary>
internal sealed record PhiSpan(int Index, int Length, PhiKind Kind, PhiDates.DateMatch? Date = null)
{
    public int End => Index + Length;
}
