using Orleans;

namespace Mesh.Grains.Encounters;

/// <summary>How the patient agreed to be recorded.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.ConsentMethod")]
public enum ConsentMethod
{
    /// <summary>Said so aloud.</summary>
    Verbal,

    /// <summary>Signed a form.</summary>
    Written,
}

/// <summary>The patient's consent to recording, with who recorded it and when.</summary>
/// <param name="Obtained">Whether the patient agreed; without it no audio is accepted.</param>
/// <param name="Method">How.</param>
/// <param name="RecordedBy">The user who recorded the consent.</param>
/// <param name="RecordedAt">When.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterConsent"), Immutable]
public sealed record EncounterConsent(bool Obtained, ConsentMethod Method, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>What starts a live encounter.</summary>
/// <param name="PatientId">The patient, within the clinic.</param>
/// <param name="Mode">Scribe, interpreter or radiology.</param>
/// <param name="DoctorLanguage">The doctor's language (ISO 639-1).</param>
/// <param name="PatientLanguage">The patient's language (ISO 639-1).</param>
/// <param name="AudioFormat">How audio will arrive.</param>
/// <param name="Consent">The patient's consent to recording.</param>
/// <param name="DoctorId">The user who starts the encounter.</param>
/// <param name="Date">The visit date.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterStart"), Immutable]
public sealed record EncounterStart(
    string PatientId,
    EncounterMode Mode,
    string DoctorLanguage,
    string PatientLanguage,
    EncounterAudioFormat AudioFormat,
    EncounterConsent Consent,
    string DoctorId,
    DateOnly Date);

/// <summary>One piece of audio from the clinic app.</summary>
/// <param name="Sequence">The client's chunk number, from 1, one more per chunk; a repeat is stored once.</param>
/// <param name="Data">The bytes, in the encounter's audio format.</param>
[GenerateSerializer, Alias("Mesh.Grains.Encounters.EncounterAudioChunk")]
public sealed record EncounterAudioChunk(long Sequence, byte[] Data);
