namespace Mesh.Grains.Reports;

/// <summary>Draws the medications table; rows wrap inside their cells and the header repeats on each new page.</summary>
internal static class MedicationTable
{
    private const double CellPadding = 3;
    private const double HeaderGray = 0.9;
    private static readonly string[] Headers = ["Medication", "Dose", "Route", "Frequency", "Status"];
    private static readonly double[] ColumnShares = [0.30, 0.17, 0.13, 0.22, 0.18];

    public static void Draw(ReportCanvas canvas, ReportFonts fonts, IReadOnlyList<ReportMedication> medications)
    {
        var header = WrapCells(canvas, fonts.BodyBold, Headers);
        var headerHeight = Height(header, fonts.BodyBold);
        var firstRow = medications.Count == 0 ? 0 : Height(WrapCells(canvas, fonts.Body, Cells(medications[0])), fonts.Body);
        canvas.EnsureSpace(headerHeight + firstRow);
        DrawRow(canvas, fonts.BodyBold, header, headerHeight, HeaderGray);

        foreach (var medication in medications)
        {
            var row = WrapCells(canvas, fonts.Body, Cells(medication));
            var height = Height(row, fonts.Body);
            if (canvas.EnsureSpace(height))
            {
                DrawRow(canvas, fonts.BodyBold, header, headerHeight, HeaderGray);
            }

            DrawRow(canvas, fonts.Body, row, height, background: null);
        }
    }

    private static string[] Cells(ReportMedication m) => [m.Name, m.Dose, m.Route, m.Frequency, m.Status];

    private static double Height(List<string>[] cells, ReportFont font) =>
        (cells.Max(lines => lines.Count) * font.Height) + (2 * CellPadding);

    private static void DrawRow(ReportCanvas canvas, ReportFont font, List<string>[] cells, double height, double? background)
    {
        if (background is { } gray)
        {
            canvas.FillBand(height, gray);
        }

        var x = canvas.Left;
        for (var column = 0; column < cells.Length; column++)
        {
            var top = canvas.Y + CellPadding;
            foreach (var line in cells[column])
            {
                canvas.Text(line, font, x + CellPadding, top);
                top += font.Height;
            }

            x += canvas.Width * ColumnShares[column];
        }

        canvas.Advance(height);
        canvas.Rule(canvas.Left, canvas.Width);
    }

    private static List<string>[] WrapCells(ReportCanvas canvas, ReportFont font, string[] cells)
    {
        var result = new List<string>[cells.Length];
        for (var column = 0; column < cells.Length; column++)
        {
            var width = (canvas.Width * ColumnShares[column]) - (2 * CellPadding);
            result[column] = TextWrapper.Wrap(cells[column], width, font);
        }

        return result;
    }
}
