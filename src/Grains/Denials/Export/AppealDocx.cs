using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Mesh.Grains.Denials.Export;

/// <summary>The appeal letter as a Word document (Open XML), one paragraph per line of the layout.</summary>
public static class AppealDocx
{
    /// <summary>The .docx bytes of <paramref name="appeal"/>.</summary>
    public static byte[] Build(AppealVersion appeal)
    {
        var layout = AppealLayout.Of(appeal);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in layout.Sender)
            {
                body.Append(Line(line));
            }

            body.Append(Line(string.Empty), Line(layout.Date), Line(string.Empty));
            foreach (var line in layout.Recipient)
            {
                body.Append(Line(line));
            }

            body.Append(Line(string.Empty));
            foreach (var line in layout.Reference)
            {
                body.Append(Line(line));
            }

            body.Append(Line(string.Empty), Line(layout.Subject, bold: true));
            foreach (var paragraph in layout.Paragraphs)
            {
                body.Append(Line(paragraph, spacedAfter: true));
            }

            body.Append(Line(layout.SignOff, bold: true), Line(layout.Footer));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Line(string text, bool bold = false, bool spacedAfter = false)
    {
        var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        var paragraph = new Paragraph(run);
        paragraph.PrependChild(new ParagraphProperties(new SpacingBetweenLines { After = spacedAfter ? "160" : "0" }));
        return paragraph;
    }
}
