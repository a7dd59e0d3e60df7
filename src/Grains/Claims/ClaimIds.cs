namespace Mesh.Grains.Claims;

/// <summary>
/// What a claim id is, for every way in: the claims API's routes and queries, the X12 import (CLM01) and the agent
/// team's tools and questions. X12 gives CLM01 1-38 characters, but clearinghouses and the ids Mesh derives from a
/// claim (its denials) run longer, so Mesh takes up to <see cref="MaxLength"/>. Payer and denial ids keep the same rule.
/// </summary>
public static class ClaimIds
{
    /// <summary>The longest claim id Mesh takes.</summary>
    public const int MaxLength = 80;

    /// <summary>Whether <paramref name="id"/> can be a claim id.</summary>
    public static bool IsValid(string? id) => RecordIds.IsValid(id, MaxLength);
}
