namespace Mesh.Grains.Database;

/// <summary>
/// Group commit of encounter audio on SQLite. Every live encounter stores a chunk ten times a second and SQLite takes
/// one writer at a time, so a transaction per chunk spends the write turn on commits: measured at 200 encounters, those
/// single-row transactions held the turn half the time. Here the chunks that arrive while one transaction runs go
/// together in the next (<see cref="GroupCommit{TItem, TResult}"/>), and each caller still learns, after the commit,
/// whether its chunk was new.
/// </summary>
internal sealed class AudioChunkGroupCommit
{
    // Bounds how long one transaction keeps other writers (grain state, streams) waiting: about 1.6 MB of audio.
    private const int MaxBatch = 500;

    private readonly MeshDatabase _database;
    private readonly GroupCommit<PendingChunk, bool> _commit;

    public AudioChunkGroupCommit(MeshDatabase database)
    {
        _database = database;
        _commit = new GroupCommit<PendingChunk, bool>(WriteAsync, MaxBatch);
    }

    /// <summary>Stores the chunk with the next commit; true when it was new, false when it was stored before.</summary>
    public Task<bool> InsertAsync(string conversationKey, long chunkSequence, byte[] data, object storedAt) =>
        _commit.AddAsync(new PendingChunk(conversationKey, chunkSequence, data, storedAt));

    private async Task<bool[]> WriteAsync(IReadOnlyList<PendingChunk> batch)
    {
        await using var connection = await _database.OpenWriteConnectionAsync().ConfigureAwait(false);
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

    private sealed record PendingChunk(string ConversationKey, long ChunkSequence, byte[] Data, object StoredAt);
}
