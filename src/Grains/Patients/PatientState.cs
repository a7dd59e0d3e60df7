namespace Mesh.Grains.Patients;

/// <summary>The stored state of a patient grain; null record until created.</summary>
public sealed class PatientState
{
    public PatientRecord? Record { get; set; }
}
