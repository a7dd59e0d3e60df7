using Mesh.WebFrontend.Authentication;

namespace Mesh.WebFrontend.Chat;

/// <summary>The agent team's chat: REST under /api/v1/chats and the hub at /hubs/chat.</summary>
public static class ChatExtensions
{
    public const string HubPath = MeshAuthenticationDefaults.HubPathPrefix + "/chat";

    public static IServiceCollection AddMeshChat(this IServiceCollection services) => services.AddSingleton<ChatAudit>();

    public static IEndpointRouteBuilder MapMeshChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ChatHub>(HubPath);
        return endpoints;
    }
}
