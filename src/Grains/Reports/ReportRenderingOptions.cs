namespace Mesh.Grains.Reports;

/// <summary>Settings for PDF rendering, bound from the <c>Mesh:Reports</c> configuration section.</summary>
public sealed class ReportRenderingOptions
{
    /// <summary>The configuration section these options come from.</summary>
    public const string SectionName = "Mesh:Reports";

    /// <summary>The value of <see cref="PdfSharpLicense"/> that selects PDFsharp's AGPL license.</summary>
    public const string AgplLicense = "AGPL";

    /// <summary>
    /// PDFsharp 6.5 refuses to save documents until the host chooses its license: <c>AGPL</c>, or a commercial
    /// license code bought from the PDFsharp vendor. Choosing is a legal decision for the operator, so there is no default.
    /// Key: <c>Mesh:Reports:PdfSharpLicense</c>. A commercial code is treated as a secret and never logged.
    /// </summary>
    public string? PdfSharpLicense { get; init; }
}
