using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.WebFrontend.Audit;

public static class AuditExtensions
{
    /// <summary>Registers the audit helper and, unless another trail was registered first, the in-memory trail.</summary>
    public static IServiceCollection AddMeshAudit(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditTrail, InMemoryAuditTrail>();
        services.TryAddScoped<IPatientDataAudit, PatientDataAudit>();
        return services;
    }
}
