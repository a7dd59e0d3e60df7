using Mesh.Grains.Agents;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;

namespace Mesh.WebFrontend.Chat;

/// <summary>How a turn ended for the API and the hub: the answer, or the status and words of why there is none.</summary>
public sealed record ChatAskOutcome(ChatTurn? Turn, int Status, string? Error);

/// <summary>
/// One question to a chat, audited, shared by the REST route and the hub: a context of another clinic is 404, one the
/// role may not read 403, a chat not the caller's 404. The audit gets the question and every tool call either way.
/// </summary>
public static class ChatAsking
{
    public static async Task<ChatAskOutcome> AskAsync(
        IAgentTeamGrain? chat, ClinicUser user, string chatId, ChatQuestion question, ChatAudit audit, string? clientAddress, string correlationId, CancellationToken ct)
    {
        try
        {
            var turn = chat is null ? null : await chat.AskAsync(ChatCallers.From(user), question);
            await audit.RecordTurnAsync(user, chatId, turn, clientAddress, correlationId, ct);
            return turn is null
                ? new ChatAskOutcome(null, StatusCodes.Status404NotFound, "No chat with this id is yours in your clinic.")
                : new ChatAskOutcome(turn, StatusCodes.Status200OK, null);
        }
        catch (KeyNotFoundException missing)
        {
            await audit.RecordTurnAsync(user, chatId, null, clientAddress, correlationId, ct);
            return new ChatAskOutcome(null, StatusCodes.Status404NotFound, missing.Message);
        }
        catch (UnauthorizedAccessException denied)
        {
            await audit.RecordAsync(user, ChatAudit.Ask, ChatAudit.ChatResource, chatId, AuditOutcome.Denied, clientAddress, correlationId, ct);
            return new ChatAskOutcome(null, StatusCodes.Status403Forbidden, denied.Message);
        }
    }
}
