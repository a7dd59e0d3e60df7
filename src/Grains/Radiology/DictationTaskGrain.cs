using Mesh.Grains.AI;
using Mesh.Grains.Audio;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Microsoft.Extensions.AI;
using Orleans;

namespace Mesh.Grains.Radiology;

/// <summary>
/// Runs one dictation in a timer turn after <see cref="StartAsync"/> answered, so the caller gets a task id at once.
/// The request is stored first; if the silo dies before the result is, the next <see cref="GetAsync"/> starts it again.
/// </summary>
public sealed class DictationTaskGrain(
    [PersistentState("dictation-task")] IPersistentState<DictationTaskState> task,
    ISpeechToTextClient speechToText,
    IRadiologyEditor editor,
    TimeProvider time) : Grain, IDictationTaskGrain
{
    private IGrainTimer? _run;

    private string TaskId => TenantKeys.Parse(this.GetPrimaryKeyString()).Id;

    public async Task<DictationTask> StartAsync(DictationTaskRequest request)
    {
        if (task.State.Task is { } existing)
        {
            return existing;
        }

        task.State.Request = request;
        task.State.Task = new DictationTask(TaskId, request.Section, DictationTaskStatus.Pending, request.Text, null, null, time.GetUtcNow(), null);
        await task.WriteStateAsync();
        ScheduleRun();
        return task.State.Task;
    }

    public Task<DictationTask?> GetAsync()
    {
        if (task.State.Task is { Status: DictationTaskStatus.Pending })
        {
            ScheduleRun();
        }

        return Task.FromResult(task.State.Task);
    }

    private void ScheduleRun() => _run ??= this.RegisterGrainTimer(RunAsync, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

    private async Task RunAsync(CancellationToken ct)
    {
        // Disposing this timer cancels ct, so it is disposed only once the run is over; until then GetAsync schedules no second run.
        var run = _run;
        try
        {
            await RunOnceAsync(ct);
        }
        finally
        {
            run?.Dispose();
            if (ReferenceEquals(_run, run))
            {
                _run = null;
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        if (task.State is not { Request: { } request, Task: { Status: DictationTaskStatus.Pending } current })
        {
            return;
        }

        try
        {
            var dictation = request.Text ?? await TranscribeAsync(request, ct);
            var result = request.Section == RadiologySections.Findings
                ? await editor.MergeFindingsAsync(request.CurrentText, dictation, request.Language, ct)
                : JoinImpressions(request.CurrentText, await editor.CleanImpressionsAsync(dictation, request.Language, ct));
            task.State.Task = current with { Status = DictationTaskStatus.Completed, Dictation = dictation, Result = result, CompletedAt = time.GetUtcNow() };
        }
        catch (Exception failure) when (failure is ProviderNotConfiguredException or ProviderResponseException or ProviderTimeoutException
            or HttpRequestException or AudioConversionException or ExternalToolMissingException)
        {
            task.State.Task = current with { Status = DictationTaskStatus.Failed, Error = failure.Message, CompletedAt = time.GetUtcNow() };
        }

        task.State.Request = task.State.Request! with { Audio = null };
        await task.WriteStateAsync();
    }

    private async Task<string> TranscribeAsync(DictationTaskRequest request, CancellationToken ct)
    {
        var transcript = await speechToText.TranscribeAsync(AudioClip.FromBytes(request.Audio!), request.Language, ct);
        return transcript.Text.Trim();
    }

    private static string JoinImpressions(string current, string cleaned) =>
        string.IsNullOrWhiteSpace(current) ? cleaned : $"{current.TrimEnd()} {cleaned}";
}

/// <summary>The stored task and, until it is done, the request (the audio is dropped once it is).</summary>
public sealed class DictationTaskState
{
    public DictationTaskRequest? Request { get; set; }

    public DictationTask? Task { get; set; }
}
