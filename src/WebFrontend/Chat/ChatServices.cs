using Mesh.Grains;
using Mesh.Grains.Agents;
using Mesh.WebFrontend.Authorization;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Chat;

/// <summary>What the chat handlers use, bundled for [AsParameters].</summary>
public sealed record ChatServices(IGrainFactory Grains, ChatAudit Audit, HttpContext Http)
{
    public ClinicUser User => Http.GetClinicUser();

    public AgentCaller Caller => ChatCallers.From(User);

    /// <summary>The caller's clinic's chat grain; null for ids that cannot exist.</summary>
    public IAgentTeamGrain? Chat(string id) =>
        ClinicIds.IsValid(id) ? Grains.GetGrain<IAgentTeamGrain>(TenantKeys.For(User.Tenant, id)) : null;

    public IAgentMemoryGrain Memory => Grains.GetGrain<IAgentMemoryGrain>(TenantKeys.For(User.Tenant, User.UserId));

    public IClinicNotesGrain Notes => Grains.GetGrain<IClinicNotesGrain>(User.Tenant);
}
