namespace Mesh.WebFrontend.Fhir;

/// <summary>FHIR settings, section <c>Mesh:Fhir</c>.</summary>
public sealed class FhirOptions
{
    public const string SectionName = "Mesh:Fhir";

    /// <summary>Largest FHIR request body (a resource or a Bundle); default 16 MB, about 20 Synthea patient bundles.</summary>
    public long MaxBodyBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>The signed webhook's secrets (<c>Mesh:Fhir:Webhook</c>).</summary>
    public FhirWebhookOptions Webhook { get; set; } = new();
}
