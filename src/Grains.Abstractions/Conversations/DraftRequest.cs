using Orleans;

namespace Mesh.Grains.Conversations;

/// <summary>What a doctor sends to get a draft of a recorded visit.</summary>
/// <param name="PatientId">The patient, within the clinic.</param>
/// <param name="DoctorId">The treating doctor.</param>
/// <param name="Date">The visit date.</param>
/// <param name="Language">The patient's language; the patient summary is written in it.</param>
/// <param name="Audio">The recording, if any (wav, webm, ogg, mp3 or m4a).</param>
/// <param name="FallbackTranscript">Typed text with optional "Speaker: " prefixes, used when there is no audio or speech-to-text fails.</param>
[GenerateSerializer, Alias("Mesh.Grains.Conversations.DraftRequest")]
public sealed record DraftRequest(string PatientId, string DoctorId, DateOnly Date, string Language, byte[]? Audio, string? FallbackTranscript);
