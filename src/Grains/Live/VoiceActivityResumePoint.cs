namespace Mesh.Grains.Live;

/// <summary>
/// Where a <see cref="VoiceActivityDetector"/> can be rebuilt from after a crash: re-push every stored chunk whose
/// sequence is at least <see cref="FirstChunk"/> into <see cref="VoiceActivityDetector.Resume"/>. Small enough to keep
/// in grain state after every push.
/// </summary>
/// <param name="FirstChunk">The first chunk to re-push (the one holding <see cref="ResumeSample"/>, or the next one to arrive).</param>
/// <param name="ChunkStartByte">The stream byte offset at which <see cref="FirstChunk"/> starts.</param>
/// <param name="ResumeSample">The stream sample the rebuilt detector starts from; earlier bytes of the chunk are skipped.</param>
/// <param name="SpeechStartSample">When an utterance was open: the sample its speech started at; null when none was.</param>
/// <param name="NoiseFloorDbfs">The noise floor to start from, so the rebuilt detector hears the room as the old one did.</param>
public sealed record VoiceActivityResumePoint(long FirstChunk, long ChunkStartByte, long ResumeSample, long? SpeechStartSample, double NoiseFloorDbfs);
