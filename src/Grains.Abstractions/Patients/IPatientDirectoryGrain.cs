using Mesh.Runtime;

namespace Mesh.Grains.Patients;

/// <summary>The patient list of one clinic, for search. Key: the tenant id.</summary>
public interface IPatientDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds a patient or updates their listing.</summary>
    Task UpsertAsync(PatientListing listing);

    /// <summary>Finds patients by name part and/or birth date.</summary>
    [ReadOnly]
    Task<PatientSearchPage> SearchAsync(PatientSearch search);
}
