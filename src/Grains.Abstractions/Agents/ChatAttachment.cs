using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>A file attached to a chat message.</summary>
/// <param name="FileName">The name the user gave it.</param>
/// <param name="ContentType">The media type the client claimed; the content decides what it is.</param>
/// <param name="Content">The bytes.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.ChatAttachment"), Immutable]
public sealed record ChatAttachment(string FileName, string? ContentType, byte[] Content);

/// <summary>What a chat file was identified as.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Agents.ChatFileKind")]
public enum ChatFileKind
{
    /// <summary>Not one of the kinds below.</summary>
    Unknown,

    /// <summary>An X12 837 claim file.</summary>
    X12Claim837,

    /// <summary>An X12 835 remittance file.</summary>
    X12Remittance835,

    /// <summary>A FHIR R4 resource or Bundle in JSON.</summary>
    FhirJson,

    /// <summary>A PDF document.</summary>
    Pdf,

    /// <summary>A PNG, JPEG, GIF or WebP image.</summary>
    Image,
}
