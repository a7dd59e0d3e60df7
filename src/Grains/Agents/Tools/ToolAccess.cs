namespace Mesh.Grains.Agents.Tools;

/// <summary>
/// Which roles may read which scopes through the team's tools. Doctors and nurses read the clinical record and (as the
/// claims policy allows them) claims, not contracts; billing reads demographics, the coded problem list, claims and
/// contracts but no clinical notes, medications, allergies or reports; admins read everything. A role not listed reads
/// nothing.
/// </summary>
public static class ToolAccess
{
    private static readonly Dictionary<string, ToolScope[]> ScopesByRole = new(StringComparer.Ordinal)
    {
        ["doctor"] = [ToolScope.Demographics, ToolScope.Conditions, ToolScope.Clinical, ToolScope.Claims],
        ["nurse"] = [ToolScope.Demographics, ToolScope.Conditions, ToolScope.Clinical, ToolScope.Claims],
        ["billing"] = [ToolScope.Demographics, ToolScope.Conditions, ToolScope.Claims, ToolScope.Contracts],
        ["admin"] = [ToolScope.Demographics, ToolScope.Conditions, ToolScope.Clinical, ToolScope.Claims, ToolScope.Contracts],
    };

    /// <summary>Whether any of <paramref name="caller"/>'s roles may read <paramref name="scope"/>.</summary>
    public static bool Allows(AgentCaller caller, ToolScope scope)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Roles.Any(role => ScopesByRole.TryGetValue(role, out var scopes) && scopes.Contains(scope));
    }
}
