using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Mesh.WebFrontend.Authentication;

internal static class AuthenticationExtensions
{
    public static IServiceCollection AddMeshAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<DevSigningKey>();
        services.AddSingleton<SigningKeySet>();
        services.AddSingleton<DevTokenIssuer>();
        services.AddSingleton<MeshBearerEvents>();
        services.AddHostedService<SigningKeyWarmup>();
        services.ConfigureOptions<JwtBearerOptionsSetup>();
        services.AddAuthentication(MeshAuthenticationDefaults.Scheme).AddJwtBearer(MeshAuthenticationDefaults.Scheme);
        return services;
    }
}
