namespace Mesh.WebFrontend.Authorization;

internal static class AuthorizationExtensions
{
    public static IServiceCollection AddMeshAuthorization(this IServiceCollection services)
    {
        services.AddAuthorization(ClinicPolicies.AddTo);
        return services;
    }
}
