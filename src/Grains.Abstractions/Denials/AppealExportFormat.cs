using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>The files an appeal exports to.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealExportFormat")]
public enum AppealExportFormat
{
    /// <summary>The letter as Word.</summary>
    Docx,

    /// <summary>The letter as PDF.</summary>
    Pdf,

    /// <summary>The Word letter, the PDF letter and the filled dispute form in one ZIP.</summary>
    Zip,
}

/// <summary>An exported appeal file.</summary>
/// <param name="Content">The bytes.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="FileName">A file name saying appeal and version.</param>
/// <param name="Version">The appeal version exported.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealExportFile"), Immutable]
public sealed record AppealExportFile(byte[] Content, string ContentType, string FileName, int Version);
