using Orleans;

namespace Mesh.Grains.Radiology;

/// <summary>
/// One radiology dictation handled in the background, for frontends that poll. Key: <c>{tenant}/{taskId}</c>.
/// A task whose silo died while it ran is started again when it is next asked about.
/// </summary>
[Alias("Mesh.Grains.Radiology.IDictationTaskGrain")]
public interface IDictationTaskGrain : IGrainWithStringKey
{
    /// <summary>Accepts the dictation and starts it; starting the same task again returns it as it stands.</summary>
    [Alias("StartAsync")]
    Task<DictationTask> StartAsync(DictationTaskRequest request);

    /// <summary>The task, or null when no task has this id.</summary>
    [Alias("GetAsync")]
    Task<DictationTask?> GetAsync();
}

/// <summary>What a radiologist sends: dictated audio or text, and the section's current text.</summary>
/// <param name="Section">findings (merged into the current text) or impressions (cleaned up).</param>
/// <param name="Text">Typed or already-transcribed dictation; null when <paramref name="Audio"/> is sent.</param>
/// <param name="Audio">The dictation's recording (wav, webm, ogg, mp3, m4a), transcribed first.</param>
/// <param name="CurrentText">The section's text so far.</param>
/// <param name="Language">The dictation's language.</param>
/// <param name="RequestedBy">The user.</param>
[GenerateSerializer, Alias("Mesh.Grains.Radiology.DictationTaskRequest")]
public sealed record DictationTaskRequest(string Section, string? Text, byte[]? Audio, string CurrentText, string Language, string RequestedBy);

/// <summary>A dictation task as it stands.</summary>
/// <param name="TaskId">The task id.</param>
/// <param name="Section">findings or impressions.</param>
/// <param name="Status">pending, completed or failed.</param>
/// <param name="Dictation">What was dictated (the transcript, for audio), once known.</param>
/// <param name="Result">The section's new text, once completed.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="CreatedAt">When it was accepted.</param>
/// <param name="CompletedAt">When it completed or failed.</param>
[GenerateSerializer, Alias("Mesh.Grains.Radiology.DictationTask"), Immutable]
public sealed record DictationTask(
    string TaskId, string Section, string Status, string? Dictation, string? Result, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);

/// <summary>Task statuses.</summary>
public static class DictationTaskStatus
{
    /// <summary>Accepted, not yet done.</summary>
    public const string Pending = "pending";

    /// <summary>Done; the result holds the new text.</summary>
    public const string Completed = "completed";

    /// <summary>Could not be done; the error says why.</summary>
    public const string Failed = "failed";
}
