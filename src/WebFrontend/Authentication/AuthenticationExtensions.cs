using Microsoft.AspNetCore.Authentication;

namespace Mesh.WebFrontend.Authentication;

internal static class AuthenticationExtensions
{
    public static IServiceCollection AddMeshAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<DevSigningKey>();
        services.AddSingleton<SigningKeySet>();
        services.AddSingleton<BearerTokenValidator>();
        services.AddSingleton<DevTokenIssuer>();
        services.AddHostedService<SigningKeyWarmup>();
        services.AddAuthentication(MeshAuthenticationDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(MeshAuthenticationDefaults.Scheme, null);
        return services;
    }
}
