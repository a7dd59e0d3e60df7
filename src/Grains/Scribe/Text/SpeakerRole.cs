namespace Mesh.Grains.Scribe.Text;

/// <summary>Who is speaking, as far as extraction cares: the patient's words and the clinician's are read differently.</summary>
internal enum SpeakerRole
{
    Unknown,
    Patient,
    Clinician,
}
