using Mesh.Grains.Claims.CodeSets;
using Mesh.Grains.Claims.Import;
using Mesh.Grains.Claims.X12;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Runtime;

namespace Mesh.Grains.Claims.Batches;

/// <summary>
/// Imports a large 837 in chunks, one grain timer tick per chunk so progress reads get in between. Progress is written
/// after every chunk; a reminder wakes the batch on a surviving silo when the one running it dies, and it goes on from
/// the last chunk written. Redoing a chunk imports nothing twice: a claim's grain takes the same interchange once.
/// </summary>
public sealed partial class ClaimBatchGrain(
    [PersistentState("batch")] IPersistentState<ClaimBatchState> batch,
    ClaimBatchFiles files,
    TimeProvider time,
    ILogger<ClaimBatchGrain> logger) : Grain, IClaimBatchGrain, IRemindable
{
    private const string ResumeReminder = "resume";
    private const int ChunkSize = 1000;

    private IGrainTimer? _worker;
    private ClaimFile? _file;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (batch.State.StartedAt is not null && batch.State.CompletedAt is null)
        {
            StartWorker();
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public async Task StartAsync(X12Interchange interchange, int claimCount)
    {
        if (batch.State.StartedAt is not null)
        {
            return;
        }

        batch.State.Interchange = interchange;
        batch.State.Total = claimCount;
        batch.State.StartedAt = time.GetUtcNow();
        // The reminder first: once it exists, a silo that dies from here on leaves the batch to be resumed.
        await this.RegisterOrUpdateReminder(ResumeReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        await batch.WriteOrForgetAsync(this);
        StartWorker();
    }

    public Task<ClaimBatchProgress?> GetProgressAsync()
    {
        var state = batch.State;
        return Task.FromResult(state.Interchange is null ? null : new ClaimBatchProgress(
            BatchId, state.Interchange, state.Total, state.Processed, state.Accepted, state.CompletedAt is not null,
            [.. state.Rejected], state.Acknowledgement, state.StartedAt!.Value, state.CompletedAt));
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (batch.State.CompletedAt is not null)
        {
            await StopReminderAsync();
            return;
        }

        StartWorker();
    }

    private void StartWorker() =>
        _worker ??= this.RegisterGrainTimer(ProcessChunkAsync, new GrainTimerCreationOptions(TimeSpan.Zero, TimeSpan.FromMilliseconds(1)) { KeepAlive = true });

    private async Task ProcessChunkAsync(CancellationToken ct)
    {
        var state = batch.State;
        if (state.CompletedAt is not null)
        {
            return;
        }

        var tenant = TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant;
        if (_file is null)
        {
            var x12 = await files.LoadAsync(tenant, BatchId, ct) ?? throw new InvalidOperationException($"Batch {BatchId} has no stored file.");
            _file = ClaimFileReader.Read(x12, state.StartedAt!.Value, await GrainFactory.DiagnosesAsync(X12CodeScan.Diagnoses(x12)));
            state.Acknowledgement = _file.Acknowledgement;
        }

        var entries = _file.Claims.Skip(state.Processed).Take(ChunkSize).ToList();
        var read = ClaimImports.Read(_file with { Claims = entries });
        var outcomes = await ClaimImports.SubmitAsync(GrainFactory, tenant, read.Claims, entries);
        state.Processed += entries.Count;
        state.Accepted += outcomes.Count(o => o.Accepted);
        state.Rejected.AddRange(outcomes.Where(o => !o.Accepted));
        if (state.Processed >= _file.Claims.Count)
        {
            state.Total = _file.Claims.Count;
            state.CompletedAt = time.GetUtcNow();
        }

        await batch.WriteOrForgetAsync(this);
        if (state.CompletedAt is not null)
        {
            LogCompleted(BatchId, state.Accepted, state.Total);
            _worker?.Dispose();
            _worker = null;
            await StopReminderAsync();
        }
    }

    private async Task StopReminderAsync()
    {
        if (await this.GetReminder(ResumeReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private string BatchId => TenantKeys.Parse(this.GetPrimaryKeyString()).Id;

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim batch {BatchId} completed: {Accepted} of {Total} claims accepted")]
    private partial void LogCompleted(string batchId, int accepted, int total);
}
