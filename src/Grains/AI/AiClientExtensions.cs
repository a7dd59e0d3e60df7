using Mesh.Grains.AI.Offline;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.AI;

/// <summary>Whether a registered AI client reaches a model or is the offline stand-in.</summary>
public static class AiClientExtensions
{
    /// <summary>False when <paramref name="chat"/> is (or wraps) <see cref="UnconfiguredChatClient"/>.</summary>
    public static bool IsConfigured(this IChatClient chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        return chat.GetService<UnconfiguredChatClient>() is null;
    }
}
