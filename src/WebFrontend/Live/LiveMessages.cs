namespace Mesh.WebFrontend.Live;

/// <summary>The consent part of <see cref="StartEncounterMessage"/>.</summary>
public sealed record ConsentMessage(bool Obtained, string? Method);

/// <summary>What a clinic app sends to start a live encounter.</summary>
public sealed record StartEncounterMessage(
    string? PatientId, string? Mode, string? DoctorLanguage, string? PatientLanguage, string? AudioFormat, ConsentMessage? Consent);

/// <summary>The answer to StartEncounter.</summary>
public sealed record StartEncounterResult(string ConversationId);

/// <summary>One audio chunk of an UploadAudio stream.</summary>
/// <param name="Sequence">From 1, one more per chunk; after a reconnect the client resends from its last acknowledged chunk + 1.</param>
/// <param name="Data">The audio bytes (base64 in JSON).</param>
public sealed record AudioChunkMessage(long Sequence, byte[]? Data);

/// <summary>Sent to the uploader once a chunk is durably stored.</summary>
/// <param name="ConversationId">The encounter.</param>
/// <param name="Sequence">The highest chunk such that it and every chunk before it in this upload are stored.</param>
/// <param name="Chunk">The chunk just stored.</param>
public sealed record AudioAckMessage(string ConversationId, long Sequence, long Chunk);

/// <summary>An error for one client that does not end its connection.</summary>
public sealed record LiveErrorMessage(string ConversationId, string Code, string Message, long? Chunk = null);
