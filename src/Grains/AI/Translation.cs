namespace Mesh.Grains.AI;

/// <summary>A translation result; <see cref="Translated"/> is false when the text was passed through unchanged.</summary>
public sealed record Translation(string Text, string From, string To, bool Translated);
