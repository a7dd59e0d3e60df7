namespace Mesh.Grains.Reports;

/// <summary>A titled section: paragraphs of running text, then bullet lines (either list may be empty).</summary>
public sealed record ReportSection(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Bullets)
{
    /// <summary>A section of running text only.</summary>
    public static ReportSection Text(string title, params string[] paragraphs) => new(title, paragraphs, []);

    /// <summary>A section of bullet lines only.</summary>
    public static ReportSection BulletList(string title, params string[] bullets) => new(title, [], bullets);
}
