namespace Mesh.Grains.Patients;

/// <summary>
/// Patient grain keys carry the tenant, so one clinic's request can never address another clinic's patient:
/// the same id under another tenant is simply another, empty grain.
/// </summary>
public static class PatientKeys
{
    /// <summary>The grain key of a patient of a clinic.</summary>
    public static string For(string tenant, string patientId) => $"{tenant}/{patientId}";

    /// <summary>Splits a grain key into tenant and patient id.</summary>
    public static (string Tenant, string PatientId) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? throw new FormatException($"'{key}' is not a patient key (tenant/patientId).") : (key[..slash], key[(slash + 1)..]);
    }
}
