namespace Mesh.Grains.Patients;

/// <summary>Patient grain keys: <c>{tenant}/{patientId}</c> (see <see cref="TenantKeys"/>).</summary>
public static class PatientKeys
{
    /// <summary>The grain key of a patient of a clinic.</summary>
    public static string For(string tenant, string patientId) => TenantKeys.For(tenant, patientId);
}
