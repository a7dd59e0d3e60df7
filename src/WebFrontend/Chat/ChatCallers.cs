using Mesh.Grains.Agents;
using Mesh.WebFrontend.Authorization;

namespace Mesh.WebFrontend.Chat;

/// <summary>The team's caller, made only from the validated token's clinic user.</summary>
public static class ChatCallers
{
    public static AgentCaller From(ClinicUser user) => new(user.Tenant, user.UserId, [.. user.Roles.Order(StringComparer.Ordinal)], user.DisplayName);
}
