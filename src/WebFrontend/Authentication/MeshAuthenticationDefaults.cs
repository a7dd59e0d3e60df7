using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Mesh.WebFrontend.Authentication;

public static class MeshAuthenticationDefaults
{
    public const string Scheme = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>Browsers cannot set headers on WebSocket requests, so hubs take the token from this query parameter.</summary>
    public const string AccessTokenQueryParameter = "access_token";

    public const string HubPathPrefix = "/hubs";

    public const string LocalIssuer = "mesh-local";
    public const string LocalAudience = "mesh-api";
}
