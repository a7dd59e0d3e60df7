using Mesh.Grains.Database;

namespace Mesh.Grains.Claims.Batches;

/// <summary>
/// The files of background imports, kept in Mesh's database rather than in grain state: a 10,000-claim 837 is
/// megabytes, and a batch that resumes on another silo must find it there.
/// </summary>
public sealed class ClaimBatchFiles(MeshDatabase database, TimeProvider time)
{
    public async Task SaveAsync(string tenant, string batchId, string x12, CancellationToken ct = default)
    {
        await using var connection = await database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                "INSERT INTO claim_batch_files (tenant, batch_id, content, stored_at) VALUES (@tenant, @batch, @content, @stored) "
                + "ON CONFLICT (tenant, batch_id) DO NOTHING")
            .AddParameter("@tenant", tenant)
            .AddParameter("@batch", batchId)
            .AddParameter("@content", x12)
            .AddParameter("@stored", database.ToDbTime(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The file, or null when none is stored under this batch.</summary>
    public async Task<string?> LoadAsync(string tenant, string batchId, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand("SELECT content FROM claim_batch_files WHERE tenant = @tenant AND batch_id = @batch")
            .AddParameter("@tenant", tenant)
            .AddParameter("@batch", batchId);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }
}
