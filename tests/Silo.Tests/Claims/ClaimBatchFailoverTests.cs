using System.Diagnostics;
using System.Text.Json;
using Mesh.Grains;
using Mesh.Grains.Claims;
using Mesh.TestSupport;
using Mesh.TestSupport.Claims;
using Npgsql;
using Xunit.Abstractions;

namespace Mesh.Silo.Tests.Claims;

/// <summary>
/// A large 837 imported in the background survives the death of the silo running it: the batch's reminder wakes it on
/// a survivor, which goes on from the last chunk it wrote. Every claim ends up stored once: none lost, none twice.
/// </summary>
[Collection("postgres")]
public sealed class ClaimBatchFailoverTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const string Tenant = "clinic-batch";
    private const int Claims = 6_000;

    /// <summary>Death declared (about 10 s), then the reminder's next tick: at most its period, a minute.</summary>
    private static readonly TimeSpan Resume = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task SiloRunningABatchKilled_BatchCompletesOnASurvivor_EveryClaimStoredOnce()
    {
        using var cluster = new SiloCluster(await fixture.CreateDatabaseAsync());
        await cluster.StartAsync(3);
        await using var client = await MeshClusterClient.StartAsync(cluster);
        var files = SyntheticX12.Generate(Claims, seed: 7);
        var sinceStart = Stopwatch.StartNew();

        var started = await client.Grains.GetGrain<IClaimImportGrain>(Tenant).ImportClaimsAsync(files.Claims);

        var batchId = started.BatchId ?? throw new InvalidOperationException("A 6,000-claim file was not batched.");
        var batch = client.Grains.GetGrain<IClaimBatchGrain>(TenantKeys.For(Tenant, batchId));
        var victim = await client.HostOfAsync(cluster, batch) ?? throw new InvalidOperationException("The batch is not active.");
        await cluster.WaitAsync(async () => await IndexedAsync(cluster) >= 1000, TimeSpan.FromSeconds(60), "the first chunk stored");
        cluster.Kill(victim);
        var atKill = await IndexedAsync(cluster);
        Assert.True(atKill < Claims, $"the batch finished ({atKill} claims) before its silo was killed");

        // From here on nothing calls the batch: only its reminder can wake it. The test reads the database.
        await cluster.WaitAsync(async () => await IndexedAsync(cluster) == Claims && await BatchCompletedAsync(cluster, batchId),
            Resume, "the batch completed on a survivor");

        var progress = (await batch.GetProgressAsync())!;
        Assert.Equal((Claims, Claims, Claims), (progress.Total, progress.Processed, progress.Accepted));
        Assert.Empty(progress.Rejected);
        // Twenty at a time: each first read activates a grain that loads its state over a PostgreSQL connection, and the
        // killed silo's connections still count against the server's limit until the server notices they are gone.
        foreach (var chunk in files.Outcomes.Take(1_000).Chunk(20))
        {
            var histories = await Task.WhenAll(chunk.Select(o => client.Grains.GetGrain<IClaimGrain>(TenantKeys.For(Tenant, o.ClaimId)).GetAsync()));
            Assert.All(histories, view => Assert.Single(view!.History));
        }

        var again = await client.Grains.GetGrain<IClaimImportGrain>(Tenant).ImportClaimsAsync(files.Claims);
        Assert.True(again.Duplicate);
        Assert.Equal(batchId, again.BatchId);
        output.WriteLine($"{atKill} of {Claims} claims stored when the silo was killed; batch completed {sinceStart.Elapsed.TotalSeconds:0} s after the start");
    }

    private static async Task<long> IndexedAsync(SiloCluster cluster)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM claim_index WHERE tenant = @tenant", connection);
        command.Parameters.AddWithValue("tenant", Tenant);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Whether the batch's stored state says it completed, read without activating the grain.</summary>
    private static async Task<bool> BatchCompletedAsync(SiloCluster cluster, string batchId)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload FROM orleans_grain_state WHERE grain_type = 'batch' AND grain_id_extension LIKE @key AND payload IS NOT NULL", connection);
        command.Parameters.AddWithValue("key", $"%{batchId}");
        if (await command.ExecuteScalarAsync() is not byte[] payload)
        {
            return false;
        }

        using var state = JsonDocument.Parse(payload);
        return state.RootElement.TryGetProperty("CompletedAt", out var completed) && completed.ValueKind != JsonValueKind.Null;
    }
}
