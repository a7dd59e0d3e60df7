using System.IO.Compression;

namespace Mesh.Grains.Denials.Export;

/// <summary>Builds an appeal's export in a chosen format.</summary>
public static class AppealExport
{
    /// <summary>The file of <paramref name="appeal"/> in <paramref name="format"/>.</summary>
    public static AppealExportFile Build(AppealVersion appeal, AppealExportFormat format)
    {
        var name = $"appeal-{appeal.AppealId}-v{appeal.Version}";
        return format switch
        {
            AppealExportFormat.Docx => new(AppealDocx.Build(appeal), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx", appeal.Version),
            AppealExportFormat.Pdf => new(AppealPdf.Build(appeal), "application/pdf", $"{name}.pdf", appeal.Version),
            _ => new(Zip(appeal, name), "application/zip", $"{name}.zip", appeal.Version),
        };
    }

    private static byte[] Zip(AppealVersion appeal, string name)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, $"{name}.docx", AppealDocx.Build(appeal));
            Add(zip, $"{name}.pdf", AppealPdf.Build(appeal));
            Add(zip, $"{name}-dispute-form.pdf", DisputeFormPdf.Build(appeal));
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        entry.Write(content);
    }
}
