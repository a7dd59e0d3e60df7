using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>A report quoted as clinical evidence: its id and version (latest when null).</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.ReportReference"), Immutable]
public sealed record ReportReference(string ReportId, int? Version);

/// <summary>What a biller asks for when drafting an appeal.</summary>
/// <param name="Kind">What to argue; null to infer it from the reason codes.</param>
/// <param name="UseChatModel">Let the chat model write it (held to the facts).</param>
/// <param name="Reports">Signed reports of the patient to quote.</param>
/// <param name="ExplanationOfBenefits">An EOB entered by hand, when the denial came on paper rather than in an 835.</param>
/// <param name="RequestedBy">The user.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealOrder")]
public sealed record AppealOrder(AppealKind? Kind, bool UseChatModel, IReadOnlyList<ReportReference> Reports, DenialNotice? ExplanationOfBenefits, string RequestedBy);

/// <summary>Why an appeal cannot be drafted for a claim as it stands (answered 422).</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealNotAllowedException")]
public sealed class AppealNotAllowedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AppealNotAllowedException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public AppealNotAllowedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public AppealNotAllowedException() { }
}
