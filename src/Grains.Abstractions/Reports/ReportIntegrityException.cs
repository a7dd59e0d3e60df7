using Orleans;

namespace Mesh.Grains.Reports;

/// <summary>A stored PDF no longer matches the SHA-256 recorded when it was signed.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Reports.ReportIntegrityException")]
public sealed class ReportIntegrityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportIntegrityException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ReportIntegrityException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public ReportIntegrityException() { }
}
