using System.IO.Compression;

namespace Mesh.Grains.Denials.Export;

/// <summary>The files an appeal exports to.</summary>
public enum AppealExportFormat
{
    /// <summary>The letter as Word.</summary>
    Docx,

    /// <summary>The letter as PDF.</summary>
    Pdf,

    /// <summary>The Word letter, the PDF letter and the filled dispute form in one ZIP.</summary>
    Zip,
}

/// <summary>Builds an appeal's export in a chosen format.</summary>
public static class AppealExport
{
    /// <summary>The file's bytes, content type and name.</summary>
    public static (byte[] Content, string ContentType, string FileName) Build(AppealVersion appeal, AppealExportFormat format)
    {
        var name = $"appeal-{appeal.AppealId}-v{appeal.Version}";
        return format switch
        {
            AppealExportFormat.Docx => (AppealDocx.Build(appeal), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{name}.docx"),
            AppealExportFormat.Pdf => (AppealPdf.Build(appeal), "application/pdf", $"{name}.pdf"),
            _ => (Zip(appeal, name), "application/zip", $"{name}.zip"),
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
