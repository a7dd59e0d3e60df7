using Orleans;

namespace Mesh.Grains.Agents;

/// <summary>
/// Who asks: made by the WebFrontend from the validated token, never from a request body. The tools of a turn are bound
/// to it, so the clinic and the roles a tool reads with are fixed before any model sees the question.
/// </summary>
/// <param name="Tenant">The clinic, from the token.</param>
/// <param name="UserId">The user, from the token.</param>
/// <param name="Roles">The user's clinic roles (doctor, nurse, admin, billing), from the token.</param>
/// <param name="DisplayName">The user's name, when the token carries one.</param>
[GenerateSerializer, Alias("Mesh.Grains.Agents.AgentCaller")]
public sealed record AgentCaller(string Tenant, string UserId, IReadOnlyList<string> Roles, string? DisplayName)
{
    /// <summary>Whether the caller holds <paramref name="role"/>.</summary>
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
