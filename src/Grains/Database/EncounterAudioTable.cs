namespace Mesh.Grains.Database;

/// <summary>
/// The audio chunks of live encounters. Insert-only and keyed by (conversation, chunk), so a chunk delivered twice
/// is stored once and the caller learns it was a repeat.
/// </summary>
public sealed class EncounterAudioTable(MeshDatabase database)
{
    private readonly MeshDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    // SQLite writes one transaction at a time, so chunks share commits there; PostgreSQL writes them side by side.
    private readonly AudioChunkGroupCommit? _groupCommit = database is { Dialect: SqlDialect.Sqlite } ? new AudioChunkGroupCommit(database) : null;

    /// <summary>Stores a chunk; false when that chunk was stored before (the stored bytes are kept).</summary>
    public async Task<bool> TryInsertAsync(string conversationKey, long chunkSequence, byte[] data, DateTimeOffset storedAt, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        ArgumentNullException.ThrowIfNull(data);
        if (_groupCommit is not null)
        {
            // A caller that gives up stops waiting; its chunk may still be stored, which a resend then finds as a repeat.
            return await _groupCommit.InsertAsync(conversationKey, chunkSequence, data, _database.ToDbTime(storedAt)).WaitAsync(ct).ConfigureAwait(false);
        }

        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "INSERT INTO encounter_audio (conversation_key, chunk_seq, data, stored_at) VALUES (@key, @seq, @data, @storedAt) "
                + "ON CONFLICT (conversation_key, chunk_seq) DO NOTHING")
            .AddParameter("@key", conversationKey)
            .AddParameter("@seq", chunkSequence)
            .AddParameter("@data", data)
            .AddParameter("@storedAt", _database.ToDbTime(storedAt));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    /// <summary>The chunks after <paramref name="afterSequence"/>, in order.</summary>
    public async Task<IReadOnlyList<(long Sequence, byte[] Data)>> ReadAfterAsync(
        string conversationKey, long afterSequence, CancellationToken ct = default, int limit = int.MaxValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "SELECT chunk_seq, data FROM encounter_audio WHERE conversation_key = @key AND chunk_seq > @after ORDER BY chunk_seq LIMIT @limit")
            .AddParameter("@key", conversationKey)
            .AddParameter("@after", afterSequence)
            .AddParameter("@limit", (long)limit);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var chunks = new List<(long, byte[])>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            chunks.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
        }

        return chunks;
    }

    /// <summary>The chunk numbers stored for a conversation, in order (for checks: no gap, no repeat).</summary>
    public async Task<IReadOnlyList<long>> ListSequencesAsync(string conversationKey, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationKey);
        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "SELECT chunk_seq FROM encounter_audio WHERE conversation_key = @key ORDER BY chunk_seq")
            .AddParameter("@key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var sequences = new List<long>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            sequences.Add(reader.GetInt64(0));
        }

        return sequences;
    }
}
