using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI.OpenAi;

/// <summary>The outermost layer of a chat client: failures come out as Mesh's provider exceptions (see <see cref="ProviderFailures"/>).</summary>
internal sealed class ProviderErrorsChatClient(IChatClient inner, string capability, AiEndpointOptions endpoint) : DelegatingChatClient(inner)
{
    /// <inheritdoc />
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        ProviderFailures.GuardAsync(() => base.GetResponseAsync(messages, options, cancellationToken), capability, endpoint, cancellationToken);
}
