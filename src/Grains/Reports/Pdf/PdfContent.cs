using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// The drawing operators of one page, in PDF user space (points, origin at the bottom left). Gray levels run
/// from 0 (black) to 1 (white).
/// </summary>
internal sealed class PdfContent
{
    private readonly StringBuilder _operators = new(4096);

    /// <summary>Draws <paramref name="text"/> with its baseline starting at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public void Text(PdfFont font, double size, double x, double baseline, ReadOnlySpan<char> text, double gray = 0)
    {
        _operators.Append(PdfFormat.Number(gray)).Append(" g BT /").Append(font.ResourceName).Append(' ')
            .Append(PdfFormat.Number(size)).Append(" Tf ")
            .Append(PdfFormat.Number(x)).Append(' ').Append(PdfFormat.Number(baseline)).Append(" Td ");
        font.AppendEncoded(_operators, text);
        _operators.Append(" Tj ET\n");
    }

    public void FillRectangle(double x, double y, double width, double height, double gray)
    {
        _operators.Append(PdfFormat.Number(gray)).Append(" g ")
            .Append(PdfFormat.Number(x)).Append(' ').Append(PdfFormat.Number(y)).Append(' ')
            .Append(PdfFormat.Number(width)).Append(' ').Append(PdfFormat.Number(height)).Append(" re f\n");
    }

    public void Line(double x1, double y1, double x2, double y2, double lineWidth, double gray)
    {
        _operators.Append(PdfFormat.Number(gray)).Append(" G ").Append(PdfFormat.Number(lineWidth)).Append(" w ")
            .Append(PdfFormat.Number(x1)).Append(' ').Append(PdfFormat.Number(y1)).Append(" m ")
            .Append(PdfFormat.Number(x2)).Append(' ').Append(PdfFormat.Number(y2)).Append(" l S\n");
    }

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(_operators.ToString());
}
