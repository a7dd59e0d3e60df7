using Mesh.Runtime.Invocation;
using System.Net;
using Mesh.Runtime.Client;
using Mesh.Runtime.Directory;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Reminders;
using Mesh.Runtime.State;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Testing;

/// <summary>
/// Silos for tests, in this process, started for real (hosted services and all). <see cref="StartAsync"/> gives one
/// silo without clustering; <see cref="StartClusterAsync"/> gives N silos on loopback with real TCP between them, an
/// in-memory membership table and directory, and silos that can be added, stopped gracefully or killed abruptly.
/// Grain state defaults to an in-memory store shared by all silos that survives restarts, so tests can check what a
/// restart or a crash keeps.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly Action<ISiloBuilder> _configureSilo;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly bool _clustered;
    private readonly List<TestSilo> _silos = [];
    private readonly Lock _lock = new();

    private TestCluster(Action<ISiloBuilder> configureSilo, Action<IServiceCollection>? configureServices, bool clustered)
    {
        _configureSilo = configureSilo;
        _configureServices = configureServices;
        _clustered = clustered;
    }

    /// <summary>The grain state every silo shares.</summary>
    public MemoryGrainStorage Storage { get; } = new();

    /// <summary>The membership table every silo shares.</summary>
    public InMemoryMembershipTable MembershipTable { get; } = new();

    /// <summary>The grain directory every silo shares.</summary>
    public InMemoryGrainDirectory Directory { get; } = new();

    /// <summary>The durable reminders every silo shares.</summary>
    public InMemoryReminderTable Reminders { get; } = new();

    /// <summary>The silos that run now, oldest first.</summary>
    public IReadOnlyList<TestSilo> Silos
    {
        get
        {
            lock (_lock)
            {
                return [.. _silos.Where(s => !s.IsStopped)];
            }
        }
    }

    /// <summary>The first running silo's services.</summary>
    public IServiceProvider Services => FirstSilo.Services;

    /// <summary>A grain factory that calls into the first running silo.</summary>
    public IGrainFactory GrainFactory => FirstSilo.GrainFactory;

    private TestSilo FirstSilo => Silos.FirstOrDefault() ?? throw new InvalidOperationException("No silo is running.");

    /// <summary>Starts a one-silo cluster without clustering. <paramref name="configureSilo"/> must add the grain assemblies under test.</summary>
    public static async Task<TestCluster> StartAsync(Action<ISiloBuilder> configureSilo, Action<IServiceCollection>? configureServices = null)
    {
        var cluster = new TestCluster(configureSilo, configureServices, clustered: false);
        await cluster.AddSiloAsync();
        return cluster;
    }

    /// <summary>
    /// Starts <paramref name="siloCount"/> clustered silos on 127.0.0.1 with free ports. Membership runs with short
    /// periods (probes every 200 ms) so a killed silo is detected within about a second; <paramref name="configureSilo"/>
    /// may change that and must add the grain assemblies under test.
    /// </summary>
    public static async Task<TestCluster> StartClusterAsync(int siloCount, Action<ISiloBuilder> configureSilo, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(siloCount, 1);
        var cluster = new TestCluster(configureSilo, configureServices, clustered: true);
        for (var i = 0; i < siloCount; i++)
        {
            await cluster.AddSiloAsync();
        }

        return cluster;
    }

    /// <summary>The running silo that holds an activation of the grain of <typeparamref name="TGrain"/> with <paramref name="key"/>, or null.</summary>
    public TestSilo? HostOf<TGrain>(string key) where TGrain : IGrain
    {
        var grain = new GrainId(GrainInterfaceRegistry.Get(typeof(TGrain)).GrainType, key);
        return Silos.SingleOrDefault(s => !s.IsStopped && s.Services.GetRequiredService<Catalog.GrainActivationCatalog>().Contains(grain));
    }

    /// <summary>Starts one more silo with the cluster's configuration.</summary>
    public async Task<TestSilo> AddSiloAsync()
    {
        var services = new ServiceCollection();
        _configureServices?.Invoke(services);
        services.AddMeshSilo(silo =>
        {
            silo.AddMemoryGrainStorage(GrainStorageNames.Default, Storage);
            if (_clustered)
            {
                silo.UseInMemoryClustering(MembershipTable, Directory)
                    .UseReminderTable(_ => Reminders)
                    .ConfigureCluster(o => (o.SiloPort, o.GatewayPort) = (0, 0))
                    .ConfigureMembership(o =>
                    {
                        o.HeartbeatPeriod = TimeSpan.FromMilliseconds(200);
                        o.HeartbeatTimeout = TimeSpan.FromSeconds(3);
                        o.ProbePeriod = TimeSpan.FromMilliseconds(200);
                        // A killed silo refuses at once, so detection stays fast; a live silo slowed by a busy machine
                        // gets a second to answer and three chances before anyone votes.
                        o.ProbeTimeout = TimeSpan.FromSeconds(1);
                        o.MissedProbesLimit = 3;
                    })
                    .Configure(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
                silo.Services.Configure<ReminderOptions>(o => o.RefreshPeriod = TimeSpan.FromMilliseconds(200));
            }

            _configureSilo(silo);
        });
        var silo = new TestSilo(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        lock (_lock)
        {
            _silos.Add(silo);
        }

        await silo.StartAsync();
        if (_clustered)
        {
            await WaitForMembershipAsync();
        }

        return silo;
    }

    /// <summary>Waits until every running silo sees exactly the running silos as active (after adds, stops and kills).</summary>
    public async Task WaitForMembershipAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var running = Silos;
            var expected = running.Select(s => s.Address!).ToHashSet();
            if (running.All(s => s.ActiveSilos.ToHashSet().SetEquals(expected)))
            {
                return;
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>
    /// A cluster client whose gateways are the active silos of the membership table, oldest first, read again every
    /// half second and after a gateway fails; the caller disposes it.
    /// </summary>
    public ClusterClient CreateClient(TimeSpan? responseTimeout = null) => new(new ClusterClientOptions
    {
        GatewayProvider = ReadGatewaysAsync,
        GatewayRefreshPeriod = TimeSpan.FromMilliseconds(500),
        ResponseTimeout = responseTimeout ?? TimeSpan.FromSeconds(10),
    });

    private async Task<IReadOnlyList<IPEndPoint>> ReadGatewaysAsync(CancellationToken ct)
    {
        var snapshot = await MembershipTable.ReadAsync(ct);
        return [.. snapshot.Entries.Where(e => e.Status == SiloStatus.Active && e.GatewayPort > 0)
            .OrderBy(e => e.StartTime).Select(e => new IPEndPoint(IPAddress.Parse(e.Silo.Host), e.GatewayPort))];
    }

    /// <summary>Stops a silo gracefully: its grains deactivate with state written and move on their next call.</summary>
    public Task StopSiloAsync(TestSilo silo) => silo.StopAsync();

    /// <summary>Kills a silo abruptly: its sockets close and it falls silent, with no deactivation; the others must notice.</summary>
    public Task KillSiloAsync(TestSilo silo) => silo.KillAsync();

    /// <summary>Stops the silo gracefully and starts a new one with the same configuration (one-silo clusters).</summary>
    public async Task RestartSiloAsync()
    {
        await StopSiloAsync();
        await AddSiloAsync();
    }

    /// <summary>Stops every running silo gracefully.</summary>
    public async Task StopSiloAsync()
    {
        foreach (var silo in Silos)
        {
            await silo.StopAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopSiloAsync();
        List<TestSilo> killed;
        lock (_lock)
        {
            killed = [.. _silos];
        }

        // Killed silos still hold their service providers; release them too.
        foreach (var silo in killed)
        {
            await silo.DisposeServicesAsync();
        }
    }
}
