namespace Mesh.Grains.AI.Privacy;

/// <summary>A text with its identifiers replaced, and which kinds were replaced; never the mapping back.</summary>
/// <param name="Text">The de-identified text.</param>
/// <param name="Kinds">The kinds of identifier that were replaced, in <see cref="PhiKind"/> order.</param>
public sealed record DeidentifiedText(string Text, IReadOnlyList<PhiKind> Kinds);
