using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// A PDF 1.7 document of A4 pages drawn with embedded TrueType fonts. Build it on one thread, then <see cref="Save"/>;
/// the output depends only on what was drawn, so equal input gives equal bytes.
/// </summary>
internal sealed class PdfDocument
{
    /// <summary>A4 in points (210 mm x 297 mm).</summary>
    public const double PageWidth = 595.28;

    /// <summary>A4 in points (210 mm x 297 mm).</summary>
    public const double PageHeight = 841.89;

    private readonly List<PdfContent> _pages = [];
    private readonly List<PdfFont> _fonts = [];

    public int PageCount => _pages.Count;

    public PdfContent Page(int index) => _pages[index];

    public PdfContent AddPage()
    {
        var page = new PdfContent();
        _pages.Add(page);
        return page;
    }

    public PdfFont AddFont(TrueTypeFont face)
    {
        ArgumentNullException.ThrowIfNull(face);
        var font = new PdfFont(face, "F" + (_fonts.Count + 1));
        _fonts.Add(font);
        return font;
    }

    public byte[] Save(PdfDocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var writer = new PdfObjectWriter();
        var catalog = writer.Reserve();
        var pageTree = writer.Reserve();
        var infoNumber = writer.Reserve();
        var resources = writer.Reserve();
        var fontNumbers = _fonts.Select(_ => writer.Reserve()).ToArray();
        var pageNumbers = _pages.Select(_ => (Page: writer.Reserve(), Content: writer.Reserve())).ToArray();

        writer.Write(catalog, $"<< /Type /Catalog /Pages {pageTree} 0 R >>");
        writer.Write(pageTree,
            $"<< /Type /Pages /Kids [{string.Join(' ', pageNumbers.Select(p => $"{p.Page} 0 R"))}] /Count {_pages.Count} >>");
        writer.Write(infoNumber,
            $"<< /Title {PdfFormat.TextString(info.Title)} /Producer ({PdfDocumentInfo.Producer}) /Creator ({PdfDocumentInfo.Producer}) " +
            $"/CreationDate {PdfFormat.Date(info.CreationDate)} >>");

        var fontEntries = new StringBuilder();
        for (var i = 0; i < _fonts.Count; i++)
        {
            fontEntries.Append('/').Append(_fonts[i].ResourceName).Append(' ').Append(fontNumbers[i]).Append(" 0 R ");
        }

        writer.Write(resources, $"<< /Font << {fontEntries}>> /ProcSet [/PDF /Text] >>");
        var mediaBox = $"[0 0 {PdfFormat.Number(PageWidth)} {PdfFormat.Number(PageHeight)}]";
        for (var i = 0; i < _pages.Count; i++)
        {
            var (page, content) = pageNumbers[i];
            writer.Write(page,
                $"<< /Type /Page /Parent {pageTree} 0 R /MediaBox {mediaBox} /Resources {resources} 0 R /Contents {content} 0 R >>");
            writer.WriteStream(content, string.Empty, _pages[i].ToBytes());
        }

        // Fonts go last: only now is every glyph the pages use known.
        for (var i = 0; i < _fonts.Count; i++)
        {
            PdfFontWriter.Write(writer, fontNumbers[i], _fonts[i]);
        }

        return writer.Finish(catalog, infoNumber);
    }
}
