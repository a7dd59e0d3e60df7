using System.Text.RegularExpressions;

namespace Mesh.Grains.Agents.Tools;

/// <summary>What a record id a tool is given may look like: no slash, so no argument can step outside the caller's clinic key.</summary>
public static partial class AgentIds
{
    /// <summary>Whether <paramref name="id"/> can be an id of a patient, claim or report.</summary>
    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
