using System.Text.RegularExpressions;

namespace Mesh.WebFrontend.Claims;

/// <summary>
/// Claim, payer and denial ids as routes and queries take them: CLM01 (X12 allows 1-38 characters) and the ids Mesh
/// derives from it, kept to a charset that is safe in paths, keys and logs.
/// </summary>
public static partial class ClaimIds
{
    public static bool IsValid(string? id) => id is not null && SafeId().IsMatch(id);

    // \z, not $: $ would also accept a trailing newline.
    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,80}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
