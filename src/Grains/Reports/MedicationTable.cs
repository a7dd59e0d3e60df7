using PdfSharp.Drawing;

namespace Mesh.Grains.Reports;

/// <summary>Draws the medications table; rows wrap inside their cells and the header repeats on each new page.</summary>
internal static class MedicationTable
{
    private const double CellPadding = 3;
    private static readonly string[] Headers = ["Medication", "Dose", "Route", "Frequency", "Status"];
    private static readonly double[] ColumnShares = [0.30, 0.17, 0.13, 0.22, 0.18];
    private static readonly XBrush HeaderBrush = new XSolidBrush(XColor.FromArgb(230, 230, 230));

    public static void Draw(ReportCanvas canvas, ReportFonts fonts, IReadOnlyList<ReportMedication> medications)
    {
        var header = WrapCells(canvas, fonts.BodyBold, Headers);
        var headerHeight = Height(header, fonts.BodyBold);
        var firstRow = medications.Count == 0 ? 0 : Height(WrapCells(canvas, fonts.Body, Cells(medications[0])), fonts.Body);
        canvas.EnsureSpace(headerHeight + firstRow);
        DrawRow(canvas, fonts.BodyBold, header, headerHeight, HeaderBrush);

        foreach (var medication in medications)
        {
            var row = WrapCells(canvas, fonts.Body, Cells(medication));
            var height = Height(row, fonts.Body);
            if (canvas.EnsureSpace(height))
            {
                DrawRow(canvas, fonts.BodyBold, header, headerHeight, HeaderBrush);
            }

            DrawRow(canvas, fonts.Body, row, height, background: null);
        }
    }

    private static string[] Cells(ReportMedication m) => [m.Name, m.Dose, m.Route, m.Frequency, m.Status];

    private static double Height(List<string>[] cells, XFont font) =>
        (cells.Max(lines => lines.Count) * font.GetHeight()) + (2 * CellPadding);

    private static void DrawRow(ReportCanvas canvas, XFont font, List<string>[] cells, double height, XBrush? background)
    {
        if (background is not null)
        {
            canvas.FillBand(height, background);
        }

        var top = canvas.Y;
        var x = canvas.Left;
        for (var column = 0; column < cells.Length; column++)
        {
            var width = canvas.Width * ColumnShares[column];
            canvas.Advance(top + CellPadding - canvas.Y);
            foreach (var line in cells[column])
            {
                canvas.Text(line, font, x + CellPadding, width - (2 * CellPadding), XStringFormats.TopLeft);
                canvas.Advance(font.GetHeight());
            }

            x += width;
        }

        canvas.Advance(top + height - canvas.Y);
        canvas.Rule(canvas.Left, canvas.Width);
    }

    private static List<string>[] WrapCells(ReportCanvas canvas, XFont font, string[] cells)
    {
        var result = new List<string>[cells.Length];
        for (var column = 0; column < cells.Length; column++)
        {
            var width = (canvas.Width * ColumnShares[column]) - (2 * CellPadding);
            result[column] = TextWrapper.Wrap(cells[column], width, text => canvas.Measure(text, font));
        }

        return result;
    }
}
