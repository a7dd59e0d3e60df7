using Mesh.Grains.Claims;
using Mesh.Grains.Denials;
using Mesh.WebFrontend.Claims;

namespace Mesh.WebFrontend.Denials;

/// <summary>An EOB as a biller types it in.</summary>
public sealed record EobBody(
    string? PayerClaimId, DateOnly? DecidedOn, decimal Billed, decimal Paid, IReadOnlyList<EobAdjustment>? Adjustments, IReadOnlyList<EobRemark>? Remarks)
{
    private const int MaxEntries = 50;

    public void Validate(Dictionary<string, string[]> errors)
    {
        if (Billed <= 0 || Paid < 0 || Paid > Billed)
        {
            errors["eob"] = ["billed must be positive and paid between 0 and billed."];
        }

        if (PayerClaimId is not null && !ClaimIds.IsValid(PayerClaimId))
        {
            errors["eob.payerClaimId"] = ["Letters, digits, '.', '-' and '_' only, up to 80."];
        }

        if ((Adjustments?.Count ?? 0) > MaxEntries || (Remarks?.Count ?? 0) > MaxEntries
            || Adjustments?.Any(item => !Code(item.Group, 2) || !Code(item.Reason, 5) || item.Amount < 0 || !Text(item.Description)) == true
            || Remarks?.Any(item => !Code(item.Code, 7) || !Text(item.Description)) == true)
        {
            errors["eob.adjustments"] = [$"Up to {MaxEntries} adjustments (group, reason code, amount >= 0) and remarks (code), each description up to 300 characters."];
        }
    }

    public DenialNotice ToNotice() => new(
        DenialSource.ExplanationOfBenefits, PayerClaimId, DecidedOn, Billed, Paid,
        (Adjustments ?? []).Select(item => new RemittanceAdjustment(item.Group.ToUpperInvariant(), item.Reason.ToUpperInvariant(), item.Amount, null, item.Description)).ToList(),
        (Remarks ?? []).Select(item => new RemittanceRemark(item.Code.ToUpperInvariant(), item.Description)).ToList(),
        []);

    private static bool Code(string? code, int max) => code is { Length: > 0 } && code.Length <= max && code.All(char.IsAsciiLetterOrDigit);

    private static bool Text(string? text) => text is null || text.Length <= 300 && !text.Any(char.IsControl);
}

/// <summary>An adjustment of an EOB.</summary>
public sealed record EobAdjustment(string Group, string Reason, decimal Amount, string? Description);

/// <summary>A remark code of an EOB.</summary>
public sealed record EobRemark(string Code, string? Description);
