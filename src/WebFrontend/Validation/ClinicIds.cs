using System.Text.RegularExpressions;

namespace Mesh.WebFrontend.Validation;

/// <summary>The charset for tenant and user ids: short, printable and safe in paths, keys and logs.</summary>
public static partial class ClinicIds
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) => id is not null && SafeId().IsMatch(id);

    // \z, not $: $ would also accept a trailing newline.
    [GeneratedRegex(@"^[A-Za-z0-9_.\-]{1,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
