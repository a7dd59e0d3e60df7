using Orleans;

namespace Mesh.Grains.Claims;

/// <summary>A claim as the clinic's claim list shows it (one row of the claim index).</summary>
/// <param name="ClaimId">CLM01.</param>
/// <param name="PatientId">The clinic's patient id, when the claim carries one.</param>
/// <param name="PatientName">The patient's given and family name.</param>
/// <param name="PayerId">The payer's id.</param>
/// <param name="PayerName">The payer's name.</param>
/// <param name="Status">The current status.</param>
/// <param name="ServiceFrom">The first date of service.</param>
/// <param name="ServiceTo">The last date of service.</param>
/// <param name="Balance">The claim's money.</param>
/// <param name="UpdatedAt">When the claim last changed.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimSummary"), Immutable]
public sealed record ClaimSummary(
    string ClaimId,
    string? PatientId,
    string PatientName,
    string PayerId,
    string PayerName,
    ClaimStatus Status,
    DateOnly? ServiceFrom,
    DateOnly? ServiceTo,
    ClaimBalance Balance,
    DateTimeOffset UpdatedAt);

/// <summary>What to list: every filter optional, a page of at most <see cref="MaxLimit"/> claims.</summary>
/// <param name="Status">Only claims in this status.</param>
/// <param name="PayerId">Only claims to this payer.</param>
/// <param name="PatientId">Only claims of this patient.</param>
/// <param name="From">Only claims whose service began on or after this day.</param>
/// <param name="To">Only claims whose service began on or before this day.</param>
/// <param name="Offset">Claims to skip.</param>
/// <param name="Limit">Claims to return.</param>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimQuery"), Immutable]
public sealed record ClaimQuery(ClaimStatus? Status, string? PayerId, string? PatientId, DateOnly? From, DateOnly? To, int Offset, int Limit)
{
    /// <summary>The largest page.</summary>
    public const int MaxLimit = 500;
}

/// <summary>One page of a claim list, newest service first, and how many claims match in all.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Claims.ClaimPage")]
public sealed record ClaimPage(IReadOnlyList<ClaimSummary> Items, int Total);
