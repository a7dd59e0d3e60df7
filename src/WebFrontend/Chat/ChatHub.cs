using System.Runtime.CompilerServices;
using Mesh.Grains.Agents;
using Mesh.WebFrontend.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Mesh.WebFrontend.Chat;

/// <summary>
/// Chats at <c>/hubs/chat</c>: OpenChat gives a chat id; Ask streams the answer's events (specialist, tokens, citations,
/// done). The clinic and roles come from the connection's token; another user's chat is not found.
/// </summary>
[Authorize(Policy = ClinicPolicies.Chat)]
public sealed class ChatHub(IGrainFactory grains, ChatAudit audit) : Hub
{
    public async Task<string> OpenChat()
    {
        var id = Guid.NewGuid().ToString("N");
        await Chat(CurrentUser(), id).OpenAsync(ChatCallers.From(CurrentUser()));
        return id;
    }

    public async IAsyncEnumerable<ChatStreamEvent> Ask(string chatId, ChatMessageRequest request, [EnumeratorCancellation] CancellationToken ct)
    {
        var user = CurrentUser();
        var (question, errors) = ChatMessageValidator.Validate(request);
        if (question is null)
        {
            throw new HubException(string.Join(" ", errors.SelectMany(e => e.Value)));
        }

        if (!Validation.ClinicIds.IsValid(chatId))
        {
            throw new HubException("Chat not found.");
        }

        var outcome = await ChatAsking.AskAsync(Chat(user, chatId), user, chatId, question, audit, Address(), Correlation(), ct);
        if (outcome.Turn is not { } turn)
        {
            throw new HubException(outcome.Error);
        }

        foreach (var item in ChatStream.Events(ChatTurnResponse.From(turn)))
        {
            yield return item;
        }
    }

    private ClinicUser CurrentUser() => Context.User?.ToClinicUser() ?? throw new HubException("Sign in as a clinic user.");

    private IAgentTeamGrain Chat(ClinicUser user, string id) => grains.GetGrain<IAgentTeamGrain>(Mesh.Grains.TenantKeys.For(user.Tenant, id));

    private string? Address() => Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString();

    private string Correlation() => "signalr:" + Context.ConnectionId;
}
