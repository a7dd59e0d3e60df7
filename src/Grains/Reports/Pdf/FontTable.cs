namespace Mesh.Grains.Reports.Pdf;

/// <summary>Where one table of a TrueType file lives, by byte offset and length.</summary>
internal readonly record struct FontTable(int Offset, int Length);
