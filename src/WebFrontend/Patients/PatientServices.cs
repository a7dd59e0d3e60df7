using Mesh.Grains.Patients;
using Mesh.WebFrontend.Audit;
using Mesh.WebFrontend.Authorization;

namespace Mesh.WebFrontend.Patients;

/// <summary>What the patient handlers use, bundled for [AsParameters].</summary>
public sealed record PatientServices(IGrainFactory Grains, IPatientDataAudit Audit, TimeProvider Time, HttpContext Http)
{
    public const string ResourceType = "patient";

    /// <summary>The caller's clinic's grain for <paramref name="id"/>; null for ids that cannot exist.</summary>
    public IPatientGrain? Patient(string id) =>
        PatientIds.IsValid(id) ? Grains.GetGrain<IPatientGrain>(PatientKeys.For(Http.GetClinicUser().Tenant, id)) : null;

    public IPatientDirectoryGrain Directory => Grains.GetGrain<IPatientDirectoryGrain>(Http.GetClinicUser().Tenant);

    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
}
