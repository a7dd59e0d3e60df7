using System.Diagnostics;
using Mesh.Grains.Health;
using Mesh.TestSupport;
using Orleans.Runtime.Messaging;
using Xunit.Abstractions;

namespace Mesh.Silo.Tests;

/// <summary>
/// Three real silo processes on the private PostgreSQL, joined through Orleans' membership table with
/// <see cref="SiloCluster.FastMembership"/>, and an Orleans cluster client; one silo is killed with SIGKILL.
/// </summary>
[Collection("postgres")]
public sealed class ClusterProcessTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const int Grains = 30;

    [Fact]
    public async Task SiloProcessKilled_IsDeclaredDeadInTimeAndClientKeepsWorkingOnSurvivors()
    {
        using var cluster = new SiloCluster(await fixture.CreateDatabaseAsync());
        await cluster.StartAsync(3);
        await using var client = await MeshClusterClient.StartAsync(cluster);
        var pings = Enumerable.Range(0, Grains).Select(i => client.Grains.GetGrain<IPingGrain>($"ping-{i}")).ToList();
        await Task.WhenAll(pings.Select(p => p.PingAsync()));
        var victim = cluster.Silos[1];
        var onVictim = await HostedOnAsync(client, cluster, pings, victim);
        Assert.NotEmpty(onVictim);

        cluster.Kill(victim);
        var sinceKill = Stopwatch.StartNew();
        var declaredDead = await cluster.WaitUntilDeadAsync(victim, TimeSpan.FromSeconds(60));
        await cluster.WaitAsync(() => AllAnswerAsync(pings), TimeSpan.FromSeconds(30), "every grain answering through the client");
        var recovered = sinceKill.Elapsed;

        output.WriteLine($"{onVictim.Count} of {Grains} grains on the killed silo; declared dead after {declaredDead.TotalSeconds:0.0} s; all grains answer after {recovered.TotalSeconds:0.0} s");
        Assert.True(declaredDead < SiloCluster.PromisedDeathDeclaration, $"declared dead after {declaredDead}\n{await cluster.DescribeAsync()}");
        foreach (var grain in onVictim)
        {
            var host = await client.HostOfAsync(cluster, grain);
            Assert.True(host is not null && host != victim, $"{grain} is on {host?.ToString() ?? "no silo"}");
        }

        var active = await client.Management.GetHosts(onlyActive: true);
        Assert.Equal(
            cluster.Silos.Select(s => s.SiloPort).Order(),
            active.Keys.Select(a => a.Endpoint.Port).Order());
    }

    [Fact]
    public async Task GatewaySiloKilled_ClientMovesToAnotherGatewayFromTheMembershipTable()
    {
        using var cluster = new SiloCluster(await fixture.CreateDatabaseAsync());
        var gateway = cluster.StartSilo();
        await cluster.WaitUntilActiveAsync(gateway, TimeSpan.FromSeconds(90));

        // The client starts while the table lists one gateway, and is not to re-read the list by itself within this
        // test: when that gateway dies, only the refresh Orleans makes because every gateway it knows is dead can show
        // it the others.
        Assert.Single(await cluster.ReadMembershipAsync(), e => e.Status == SiloCluster.ActiveStatus);
        await using var client = await MeshClusterClient.StartAsync(cluster, gatewayRefresh: TimeSpan.FromMinutes(10));
        var others = new[] { cluster.StartSilo(), cluster.StartSilo() };
        foreach (var silo in others)
        {
            await cluster.WaitUntilActiveAsync(silo, TimeSpan.FromSeconds(90));
        }

        // A silo that joined is placed on once the gateway silo has its load figures (published every second or so):
        // activate new grains until some of them live on the joined silos.
        var pings = new List<IPingGrain>();
        var elsewhere = new List<IPingGrain>();
        var placing = Stopwatch.StartNew();
        while (elsewhere.Count == 0 && placing.Elapsed < TimeSpan.FromSeconds(30))
        {
            var batch = Enumerable.Range(pings.Count, Grains).Select(i => client.Grains.GetGrain<IPingGrain>($"ping-{i}")).ToList();
            await Task.WhenAll(batch.Select(p => p.PingAsync()));
            pings.AddRange(batch);
            foreach (var silo in others)
            {
                elsewhere.AddRange(await HostedOnAsync(client, cluster, batch, silo));
            }
        }

        output.WriteLine($"{elsewhere.Count} of {pings.Count} grains on the joined silos after {placing.Elapsed.TotalSeconds:0.0} s");
        Assert.NotEmpty(elsewhere);

        cluster.Kill(gateway);
        var sinceKill = Stopwatch.StartNew();
        var (moved, stragglers) = await FirstAnswerAsync(elsewhere, sinceKill, TimeSpan.FromSeconds(30));
        Assert.True(moved is not null, $"no grain on a surviving silo answered through another gateway\n{await cluster.DescribeAsync()}");
        await cluster.WaitAsync(() => AllAnswerAsync(pings), TimeSpan.FromSeconds(40), "every grain answering through the client");
        var recovered = sinceKill.Elapsed;
        await stragglers;

        output.WriteLine($"first answer through another gateway after {moved.Value.TotalSeconds:0.0} s; all {pings.Count} grains answer after {recovered.TotalSeconds:0.0} s");
        // A refused connection marks the gateway dead at once and the client re-reads the table then: it moves
        // without waiting for the cluster to declare the silo dead. Grains that were on the dead silo answer once it
        // is declared dead, or after the client's 10 s response timeout for a call that was on the wire at the kill.
        Assert.True(moved < TimeSpan.FromSeconds(5), $"moved after {moved}");
        Assert.True(recovered < SiloCluster.PromisedDeathDeclaration + TimeSpan.FromSeconds(10), $"all grains answered after {recovered}");
    }

    /// <summary>The grains whose activation is on <paramref name="silo"/>.</summary>
    private static async Task<List<IPingGrain>> HostedOnAsync(MeshClusterClient client, SiloCluster cluster, List<IPingGrain> grains, SiloProcess silo)
    {
        var hosted = new List<IPingGrain>();
        foreach (var grain in grains)
        {
            if (await client.HostOfAsync(cluster, grain) == silo)
            {
                hosted.Add(grain);
            }
        }

        return hosted;
    }

    private static async Task<bool> AllAnswerAsync(List<IPingGrain> grains)
    {
        try
        {
            await Task.WhenAll(grains.Select(g => g.PingAsync()));
            return true;
        }
        catch (Exception error) when (IsTransient(error))
        {
            return false;
        }
    }

    /// <summary>
    /// Calls the grains one after another, a new call every 100 ms whether or not the last one answered, and returns
    /// when the first call succeeds (time since <paramref name="clock"/> started), or null after <paramref name="limit"/>;
    /// the calls still under way are returned to be awaited later.
    /// </summary>
    private async Task<(TimeSpan? Answered, Task Stragglers)> FirstAnswerAsync(List<IPingGrain> grains, Stopwatch clock, TimeSpan limit)
    {
        var answered = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = new List<Task>();
        for (var i = 0; !answered.Task.IsCompleted && clock.Elapsed < limit; i++)
        {
            calls.Add(CallAsync(grains[i % grains.Count]));
            await Task.WhenAny(answered.Task, Task.Delay(100));
        }

        return (answered.Task.IsCompleted ? await answered.Task : null, Task.WhenAll(calls));

        async Task CallAsync(IPingGrain grain)
        {
            var sent = clock.Elapsed;
            try
            {
                await grain.PingAsync();
                answered.TrySetResult(clock.Elapsed);
            }
            catch (Exception error) when (IsTransient(error))
            {
                output.WriteLine($"call sent at {sent.TotalSeconds:0.0} s failed at {clock.Elapsed.TotalSeconds:0.0} s: {error.GetType().Name}");
            }
        }
    }

    private static bool IsTransient(Exception error) => error is SiloUnavailableException
        or OrleansMessageRejectionException
        or ConnectionFailedException
        or TimeoutException;
}
