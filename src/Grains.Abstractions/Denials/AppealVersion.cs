using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>Whether an appeal version may still change.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealStatus")]
public enum AppealStatus
{
    /// <summary>Editable; not yet signed off.</summary>
    Draft,

    /// <summary>Approved by a billing user: immutable from then on.</summary>
    Approved,
}

/// <summary>One version of an appeal.</summary>
/// <param name="AppealId">The appeal.</param>
/// <param name="DenialId">The denial it appeals.</param>
/// <param name="Version">1, 2, ...: a change after approval is a new version.</param>
/// <param name="Kind">What it argues.</param>
/// <param name="Status">Draft or approved.</param>
/// <param name="Facts">The facts it was written from.</param>
/// <param name="Letter">The letter.</param>
/// <param name="CreatedBy">The user who drafted or revised it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="ApprovedBy">The billing user who approved it.</param>
/// <param name="ApprovedAt">When.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealVersion")]
public sealed record AppealVersion(
    string AppealId,
    string DenialId,
    int Version,
    AppealKind Kind,
    AppealStatus Status,
    AppealFacts Facts,
    AppealLetter Letter,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt);

/// <summary>What to draft an appeal from.</summary>
/// <param name="DenialId">The denial appealed.</param>
/// <param name="Kind">What to argue; null to infer it from the denial's reason codes and contract.</param>
/// <param name="Facts">The facts.</param>
/// <param name="UseChatModel">Let the configured chat model write it (checked against the facts) instead of the template.</param>
/// <param name="RequestedBy">The user drafting it.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealDraftRequest")]
public sealed record AppealDraftRequest(string DenialId, AppealKind? Kind, AppealFacts Facts, bool UseChatModel, string RequestedBy);
