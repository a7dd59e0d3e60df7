namespace Mesh.Grains.Reports.Pdf;

/// <summary>The document Info dictionary; the creation date is supplied so the same record renders to the same bytes.</summary>
internal sealed record PdfDocumentInfo(string Title, DateTimeOffset CreationDate)
{
    public const string Producer = "Mesh";
}
