namespace Mesh.Grains.Patients;

/// <summary>The stored state of a patient grain; null record until created.</summary>
public sealed class PatientState
{
    public PatientRecord? Record { get; set; }

    /// <summary>Notes, follow-ups and prescriptions given by voice in live encounters, oldest first.</summary>
    public List<PatientOrder> Orders { get; set; } = [];

    /// <summary>Imported FHIR resources by <c>{type}/{id}</c>, in the order first imported.</summary>
    public Dictionary<string, PatientResource> Resources { get; set; } = [];
}
