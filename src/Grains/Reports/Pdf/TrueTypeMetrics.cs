namespace Mesh.Grains.Reports.Pdf;

/// <summary>Font-wide metrics in font units, as read from head, hhea, OS/2 and post.</summary>
internal sealed record TrueTypeMetrics(
    string PostScriptName,
    int UnitsPerEm,
    int Ascender,
    int Descender,
    int LineGap,
    int CapHeight,
    int WeightClass,
    double ItalicAngle,
    bool FixedPitch,
    (int XMin, int YMin, int XMax, int YMax) BoundingBox);
