using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Mesh.WebFrontend.Live;

/// <summary>Audit records for hub calls: like REST's, with the connection id standing in for the correlation id.</summary>
public sealed class HubAudit(IAuditTrail trail, TimeProvider time)
{
    public const string ResourceType = "encounter";

    public Task RecordAsync(HubCallerContext context, ClinicUser user, string action, string conversationId, AuditOutcome outcome = AuditOutcome.Success) =>
        trail.RecordAsync(
            new AuditRecord(
                time.GetUtcNow(), user.Tenant, user.UserId, action, ResourceType, conversationId, outcome,
                context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString(), "signalr:" + context.ConnectionId),
            CancellationToken.None);
}

/// <summary>Action names of live encounters in the audit log.</summary>
public static class LiveAuditActions
{
    public const string Start = "encounter.start";
    public const string Consent = "encounter.consent";
    public const string Join = "encounter.join";
    public const string Audio = "encounter.audio";
    public const string Text = "encounter.text";
    public const string Pause = "encounter.pause";
    public const string Resume = "encounter.resume";
    public const string End = "encounter.end";
}
