using System.Diagnostics;
using Mesh.TestSupport;
using Xunit.Abstractions;

namespace Mesh.Silo.Tests;

/// <summary>
/// Three real silo processes on PostgreSQL while concurrent writers create and update patients through an Orleans
/// cluster client: whatever happens to the silos, every write the client saw acknowledged is read back afterwards.
/// </summary>
[Collection("postgres")]
public sealed class FailoverUnderLoadTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const int Writers = 6;
    private const int PatientsPerWriter = 8;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task SiloProcessKilledUnderWriteLoad_LosesNoAcknowledgedWrite()
    {
        using var cluster = new SiloCluster(await fixture.CreateDatabaseAsync());
        await cluster.StartAsync(3);
        await using var client = await MeshClusterClient.StartAsync(cluster);
        var writers = new PatientWriters(client.Grains, Writers, PatientsPerWriter);
        using var stop = new CancellationTokenSource();
        var load = writers.RunAsync(stop.Token);

        await writers.WaitForWritesAsync(Writers * PatientsPerWriter * 2, Patience);
        var victim = cluster.Silos[2];
        var beforeKill = writers.Writes;
        cluster.Kill(victim);
        var declaredDead = await cluster.WaitUntilDeadAsync(victim, TimeSpan.FromSeconds(60));
        // About two more rounds over the patients after the death, most of them through activations on the survivors.
        await writers.WaitForWritesAsync(Writers * PatientsPerWriter * 2, Patience);
        await stop.CancelAsync();
        await load.WaitAsync(Patience);

        output.WriteLine($"{writers.Writes} writes acknowledged ({writers.Writes - beforeKill} after the kill), {writers.Retries} retried calls, " +
            $"longest write {writers.LongestWrite.TotalSeconds:0.0} s, declared dead after {declaredDead.TotalSeconds:0.0} s");
        await writers.VerifyAsync();
    }

    [Fact]
    public async Task RollingRestartUnderWriteLoad_LosesNoAcknowledgedWrite()
    {
        using var cluster = new SiloCluster(await fixture.CreateDatabaseAsync());
        await cluster.StartAsync(3);
        await using var client = await MeshClusterClient.StartAsync(cluster);
        var writers = new PatientWriters(client.Grains, Writers, PatientsPerWriter);
        using var stop = new CancellationTokenSource();
        var load = writers.RunAsync(stop.Token);

        await writers.WaitForWritesAsync(Writers * PatientsPerWriter, Patience);
        var restarts = new List<TimeSpan>();
        foreach (var silo in cluster.Silos.ToList())
        {
            // One at a time, as a deployment does: SIGTERM, wait for the exit, start again, wait until it is active.
            var restart = Stopwatch.StartNew();
            await cluster.RestartAsync(silo, Patience);
            restarts.Add(restart.Elapsed);
            await writers.WaitForWritesAsync(Writers * PatientsPerWriter, Patience);
        }

        await stop.CancelAsync();
        await load.WaitAsync(Patience);

        output.WriteLine($"{writers.Writes} writes acknowledged, {writers.Retries} retried calls, longest write {writers.LongestWrite.TotalSeconds:0.0} s, " +
            $"restarts took {string.Join(", ", restarts.Select(r => $"{r.TotalSeconds:0.0} s"))}");
        await writers.VerifyAsync();
    }
}
