using Microsoft.AspNetCore.Authorization;

namespace Mesh.WebFrontend.Authorization;

/// <summary>Every named policy in one place: who may do what.</summary>
public static class ClinicPolicies
{
    public const string PatientRead = "PatientRead";
    public const string PatientWrite = "PatientWrite";
    public const string Finalize = "Finalize";
    public const string AuditRead = "AuditRead";
    public const string Billing = "Billing";
    public const string CodeSetAdmin = "CodeSetAdmin";
    public const string ClinicUser = "ClinicUser";
    public const string Dashboard = "Dashboard";
    public const string ClaimRead = "ClaimRead";
    public const string Chat = "Chat";
    public const string ClinicNotes = "ClinicNotes";

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [PatientRead] = [ClinicRoles.Doctor, ClinicRoles.Nurse, ClinicRoles.Admin],
        [PatientWrite] = [ClinicRoles.Doctor, ClinicRoles.Nurse],
        [Finalize] = [ClinicRoles.Doctor],
        [AuditRead] = [ClinicRoles.Admin],
        [Billing] = [ClinicRoles.Billing, ClinicRoles.Admin],
        [CodeSetAdmin] = [ClinicRoles.Admin],
        [ClinicUser] = [.. ClinicRoles.All],
        [Dashboard] = [ClinicRoles.Admin],
        [ClaimRead] = [ClinicRoles.Billing, ClinicRoles.Admin, ClinicRoles.Doctor, ClinicRoles.Nurse],
        [Chat] = [ClinicRoles.Doctor, ClinicRoles.Nurse, ClinicRoles.Admin, ClinicRoles.Billing],
        [ClinicNotes] = [ClinicRoles.Admin],
    };

    internal static void AddTo(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, builder => builder.RequireAuthenticatedUser().RequireRole(roles));
        }

        // Secure by default: a route that names no policy still needs a signed-in clinic user.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
