using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Mesh.Grains.Database;

namespace Mesh.Grains.Claims.Index;

/// <summary>
/// Writes claim index rows with group commit: an import touches thousands of claims at once, and one transaction per
/// claim would spend SQLite's single write turn on commits. The rows that arrive while one transaction runs go together
/// in the next; each caller learns after the commit that its row is stored. A failed batch is retried row by row, so
/// one bad row fails alone.
/// </summary>
public sealed class ClaimIndexWriter(MeshDatabase database)
{
    // Bounds how long one transaction keeps the other writers (grain state, reminders) waiting.
    private const int MaxBatch = 500;

    private readonly Lock _lock = new();
    private List<Pending> _queued = [];
    private bool _flushing;

    /// <summary>Stores the claim's row and replaces its denials, with the next commit.</summary>
    public Task WriteAsync(ClaimIndexEntry entry)
    {
        var pending = new Pending(entry);
        lock (_lock)
        {
            _queued.Add(pending);
            if (!_flushing)
            {
                _flushing = true;
                // The flusher serves every caller, so it carries none's execution context.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(FlushLoopAsync);
                }
            }
        }

        return pending.Stored.Task;
    }

    private async Task FlushLoopAsync()
    {
        while (Take() is { Count: > 0 } batch)
        {
            try
            {
                await WriteBatchAsync(batch).ConfigureAwait(false);
                batch.ForEach(p => p.Stored.TrySetResult());
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending).ConfigureAwait(false);
                }
            }
            catch (Exception error)
            {
                batch[0].Stored.TrySetException(error);
            }
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            await WriteBatchAsync([pending]).ConfigureAwait(false);
            pending.Stored.TrySetResult();
        }
        catch (Exception error)
        {
            pending.Stored.TrySetException(error);
        }
    }

    private List<Pending> Take()
    {
        lock (_lock)
        {
            if (_queued.Count == 0)
            {
                _flushing = false;
                return [];
            }

            var count = Math.Min(_queued.Count, MaxBatch);
            var batch = _queued.GetRange(0, count);
            _queued.RemoveRange(0, count);
            return batch;
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        await using var connection = await database.OpenWriteConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var upsert = connection.CreateCommand(
                "INSERT INTO claim_index (tenant, claim_id, status, payer_id, patient_id, service_from, updated_at, summary) "
                + "VALUES (@tenant, @claim, @status, @payer, @patient, @from, @updated, @summary) "
                + "ON CONFLICT (tenant, claim_id) DO UPDATE SET status = excluded.status, payer_id = excluded.payer_id, "
                + "patient_id = excluded.patient_id, service_from = excluded.service_from, updated_at = excluded.updated_at, summary = excluded.summary",
                transaction)
            .AddParameter("@tenant", null).AddParameter("@claim", null).AddParameter("@status", null).AddParameter("@payer", null)
            .AddParameter("@patient", null).AddParameter("@from", null).AddParameter("@updated", null).AddParameter("@summary", null);
        await using var clear = connection.CreateCommand("DELETE FROM claim_denials WHERE tenant = @tenant AND claim_id = @claim", transaction)
            .AddParameter("@tenant", null).AddParameter("@claim", null);
        await using var insert = connection.CreateCommand(
                "INSERT INTO claim_denials (tenant, denial_id, claim_id, payer_id, reason, payment_date, amount_cents, denial) "
                + "VALUES (@tenant, @id, @claim, @payer, @reason, @paid, @cents, @denial)",
                transaction)
            .AddParameter("@tenant", null).AddParameter("@id", null).AddParameter("@claim", null).AddParameter("@payer", null)
            .AddParameter("@reason", null).AddParameter("@paid", null).AddParameter("@cents", null).AddParameter("@denial", null);
        foreach (var (tenant, summary, denials) in batch.Select(p => p.Entry))
        {
            upsert.SetParameter("@tenant", tenant);
            upsert.SetParameter("@claim", summary.ClaimId);
            upsert.SetParameter("@status", summary.Status.ToString());
            upsert.SetParameter("@payer", summary.PayerId);
            upsert.SetParameter("@patient", summary.PatientId);
            upsert.SetParameter("@from", ClaimIndexTable.Day(summary.ServiceFrom));
            upsert.SetParameter("@updated", database.ToDbTime(summary.UpdatedAt));
            upsert.SetParameter("@summary", JsonSerializer.Serialize(summary, ClaimIndexJson.Options));
            await upsert.ExecuteNonQueryAsync().ConfigureAwait(false);
            await ReplaceDenialsAsync(clear, insert, tenant, summary.ClaimId, denials).ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private static async Task ReplaceDenialsAsync(DbCommand clear, DbCommand insert, string tenant, string claimId, IReadOnlyList<ClaimDenial> denials)
    {
        clear.SetParameter("@tenant", tenant);
        clear.SetParameter("@claim", claimId);
        await clear.ExecuteNonQueryAsync().ConfigureAwait(false);
        foreach (var denial in denials)
        {
            insert.SetParameter("@tenant", tenant);
            insert.SetParameter("@id", denial.Id);
            insert.SetParameter("@claim", claimId);
            insert.SetParameter("@payer", denial.PayerId);
            insert.SetParameter("@reason", denial.Reason);
            insert.SetParameter("@paid", ClaimIndexTable.Day(denial.PaymentDate));
            insert.SetParameter("@cents", (long)Math.Round(denial.Amount * 100, MidpointRounding.AwayFromZero));
            insert.SetParameter("@denial", JsonSerializer.Serialize(denial, ClaimIndexJson.Options));
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private sealed record Pending(ClaimIndexEntry Entry)
    {
        public TaskCompletionSource Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
