namespace Mesh.Grains.Database;

/// <summary>
/// Group commit of encounter audio on SQLite. Every live encounter stores a chunk ten times a second and SQLite takes
/// one writer at a time, so a transaction per chunk spends the write turn on commits: measured at 200 encounters, those
/// single-row transactions held the turn half the time. Here the chunks that arrive while one transaction runs go
/// together in the next, and each caller still learns, after the commit, whether its chunk was new. A batch that fails
/// is retried chunk by chunk, so one bad chunk fails alone.
/// </summary>
internal sealed class AudioChunkGroupCommit(MeshDatabase database)
{
    // Bounds how long one transaction keeps other writers (grain state, streams) waiting: about 1.6 MB of audio.
    private const int MaxBatch = 500;

    private readonly Lock _lock = new();
    private List<PendingChunk> _queued = [];
    private bool _flushing;

    /// <summary>Stores the chunk with the next commit; true when it was new, false when it was stored before.</summary>
    public Task<bool> InsertAsync(string conversationKey, long chunkSequence, byte[] data, object storedAt)
    {
        var chunk = new PendingChunk(conversationKey, chunkSequence, data, storedAt);
        lock (_lock)
        {
            _queued.Add(chunk);
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

        return chunk.Inserted.Task;
    }

    private async Task FlushLoopAsync()
    {
        while (Take() is { Count: > 0 } batch)
        {
            try
            {
                Complete(batch, await WriteAsync(batch).ConfigureAwait(false));
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var chunk in batch)
                {
                    await WriteAloneAsync(chunk).ConfigureAwait(false);
                }
            }
            catch (Exception error)
            {
                batch[0].Inserted.TrySetException(error);
            }
        }
    }

    private List<PendingChunk> Take()
    {
        lock (_lock)
        {
            if (_queued.Count == 0)
            {
                _flushing = false;
                return [];
            }

            if (_queued.Count <= MaxBatch)
            {
                var all = _queued;
                _queued = [];
                return all;
            }

            var batch = _queued.GetRange(0, MaxBatch);
            _queued.RemoveRange(0, MaxBatch);
            return batch;
        }
    }

    private async Task WriteAloneAsync(PendingChunk chunk)
    {
        try
        {
            Complete([chunk], await WriteAsync([chunk]).ConfigureAwait(false));
        }
        catch (Exception error)
        {
            chunk.Inserted.TrySetException(error);
        }
    }

    private async Task<bool[]> WriteAsync(List<PendingChunk> batch)
    {
        await using var connection = await database.OpenWriteConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "INSERT INTO encounter_audio (conversation_key, chunk_seq, data, stored_at) VALUES (@key, @seq, @data, @storedAt) "
                + "ON CONFLICT (conversation_key, chunk_seq) DO NOTHING", transaction)
            .AddParameter("@key", null)
            .AddParameter("@seq", null)
            .AddParameter("@data", null)
            .AddParameter("@storedAt", null);
        var inserted = new bool[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var chunk = batch[i];
            command.Parameters["@key"].Value = chunk.ConversationKey;
            command.Parameters["@seq"].Value = chunk.ChunkSequence;
            command.Parameters["@data"].Value = chunk.Data;
            command.Parameters["@storedAt"].Value = chunk.StoredAt;
            inserted[i] = await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return inserted;
    }

    private static void Complete(List<PendingChunk> batch, bool[] inserted)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Inserted.TrySetResult(inserted[i]);
        }
    }

    private sealed record PendingChunk(string ConversationKey, long ChunkSequence, byte[] Data, object StoredAt)
    {
        public TaskCompletionSource<bool> Inserted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
