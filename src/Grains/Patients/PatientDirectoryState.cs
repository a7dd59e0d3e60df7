namespace Mesh.Grains.Patients;

/// <summary>The stored listings of one clinic's patients, by patient id.</summary>
public sealed class PatientDirectoryState
{
    public Dictionary<string, PatientListing> Patients { get; set; } = [];
}
