using Mesh.Grains.Patients;
using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>
/// One version of a document whose later versions replace its payment (a FHIR ExplanationOfBenefit), with the resource
/// as the patient keeps it, so the claim grain can tell the current version from an older one whose call came late.
/// </summary>
/// <param name="Payment">
/// The payment this version reports; its source's interchange control number is the version's token, which starts with
/// the resource's key and a slash (<see cref="Family"/>) for every version of the document.
/// </param>
/// <param name="OnlyReverses">The document was withdrawn: its earlier payment is reversed and nothing is paid in its place.</param>
/// <param name="PatientId">The patient the document is kept with.</param>
/// <param name="Version">This version as the patient keeps it.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceReplacement"), Immutable]
public sealed record RemittanceReplacement(RemittancePayment Payment, bool OnlyReverses, string PatientId, PatientResource Version)
{
    /// <summary>What the tokens of every version of the document start with, e.g. <c>ExplanationOfBenefit/{id}/</c>.</summary>
    public string Family => $"{Version.Key}/";
}

/// <summary>What a version did to the claim.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceReplacementOutcome")]
public enum RemittanceReplacementOutcome
{
    /// <summary>The first version to count: its payment is applied.</summary>
    Applied,

    /// <summary>The earlier version's payment is reversed and this one's applied.</summary>
    Replaced,

    /// <summary>Withdrawn: the earlier version's payment is reversed.</summary>
    Reversed,

    /// <summary>Withdrawn, and no payment of the document counts: nothing to reverse.</summary>
    NothingToReverse,

    /// <summary>This version's payment counts already.</summary>
    Unchanged,

    /// <summary>The patient keeps another version now (a newer one came first): this one changes nothing.</summary>
    Superseded,
}

/// <summary>What a version did, with the results of the reversal and the payment it applied.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.RemittanceReplacementResult")]
public sealed record RemittanceReplacementResult(RemittanceReplacementOutcome Outcome, ClaimRemittanceResult? Reversal, ClaimRemittanceResult? Payment);
