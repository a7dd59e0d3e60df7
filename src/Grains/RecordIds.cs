using System.Text.RegularExpressions;

namespace Mesh.Grains;

/// <summary>
/// The charset every record id of a clinic keeps to (patients, claims, payers, reports): letters, digits, <c>_ . -</c>,
/// the first a letter or digit, so "." and ".." (which a URL resolves to another path) are never ids. It has no slash,
/// so an id can never step outside the clinic's <see cref="TenantKeys"/> key, and no space or control character, so it
/// is safe in paths, keys, logs and prose. Each kind of id adds its own length (<c>PatientIds</c>, <c>ClaimIds</c>, <c>ReportIds</c>).
/// </summary>
public static partial class RecordIds
{
    /// <summary>The id's characters, for patterns that find ids in text.</summary>
    public const string Characters = @"A-Za-z0-9_.\-";

    /// <summary>Whether <paramref name="id"/> is 1 to <paramref name="maxLength"/> characters of <see cref="Characters"/>, the first a letter or digit.</summary>
    public static bool IsValid(string? id, int maxLength) => id is not null && id.Length <= maxLength && SafeId().IsMatch(id);

    // \z, not $: $ would also accept a trailing newline.
    [GeneratedRegex("^[A-Za-z0-9][" + Characters + @"]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
