namespace Mesh.WebFrontend.Authorization;

/// <summary>The roles a clinic user can hold, as they appear in the token's "role" claim.</summary>
public static class ClinicRoles
{
    public const string Doctor = "doctor";
    public const string Nurse = "nurse";
    public const string Admin = "admin";
    public const string Billing = "billing";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Doctor, Nurse, Admin, Billing };
}
