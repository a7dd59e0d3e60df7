using Mesh.Grains.Agents;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;

namespace Mesh.WebFrontend.Chat;

/// <summary>Audit records of a chat turn: the question itself, then one per tool call with what it read and how it ended.</summary>
public sealed class ChatAudit(IAuditTrail trail, TimeProvider time)
{
    public const string ChatResource = "chat";
    public const string Ask = "chat.ask";

    public async Task RecordTurnAsync(ClinicUser user, string chatId, ChatTurn? turn, string? clientAddress, string correlationId, CancellationToken ct)
    {
        await RecordAsync(user, Ask, ChatResource, chatId, turn is null ? AuditOutcome.Failed : AuditOutcome.Success, clientAddress, correlationId, ct);
        foreach (var use in turn?.ToolUses ?? [])
        {
            var outcome = use.Outcome switch
            {
                "success" => AuditOutcome.Success,
                "denied" => AuditOutcome.Denied,
                _ => AuditOutcome.Failed,
            };
            await RecordAsync(user, $"{AuditActions.Read}:{use.Tool}", use.ResourceType, use.ResourceId ?? chatId, outcome, clientAddress, correlationId, ct);
        }
    }

    public Task RecordAsync(ClinicUser user, string action, string resourceType, string resourceId, AuditOutcome outcome, string? clientAddress, string correlationId, CancellationToken ct) =>
        trail.RecordAsync(new AuditRecord(time.GetUtcNow(), user.Tenant, user.UserId, action, resourceType, resourceId, outcome, clientAddress, correlationId), ct);
}
