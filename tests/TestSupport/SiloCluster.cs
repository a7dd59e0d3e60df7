using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Xunit;

namespace Mesh.TestSupport;

/// <summary>
/// Real src/Silo processes forming one Orleans cluster on one PostgreSQL database: Mesh's storage and Orleans' ADO.NET
/// membership there, a cluster id of their own. Membership is read straight from Orleans' membership table.
/// Every process it started is killed on dispose.
/// </summary>
public sealed class SiloCluster : IDisposable
{
    /// <summary>Orleans' <c>SiloStatus.Active</c> in the membership table.</summary>
    public const int ActiveStatus = 3;

    /// <summary>Orleans' <c>SiloStatus.Dead</c> in the membership table.</summary>
    public const int DeadStatus = 6;

    /// <summary>
    /// How long after a SIGKILL the silo must be marked dead in the membership table with <see cref="FastMembership"/>:
    /// at most three probes two seconds apart, each failing at once since the killed process refuses connections (the
    /// first comes up to one period after the kill), then a vote from each of the two survivors written to the table;
    /// about six seconds, often less, plus room for a loaded machine.
    /// </summary>
    public static readonly TimeSpan PromisedDeathDeclaration = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Orleans' <c>ClusterMembershipOptions</c> for tests (<c>Mesh:Cluster:Membership:*</c>): death is detected in
    /// seconds instead of Orleans' default ~15 s, by the same protocol production uses.
    /// <list type="bullet">
    /// <item><c>ProbeTimeout</c> 2 s (default 5 s): each silo probes the others this often, and waits this long for
    /// an answer at first (Orleans adapts it between half and four times this to the measured round trips, and
    /// stretches it while the prober itself is degraded, so a loaded 2-core machine does not kill live silos).</item>
    /// <item><c>NumMissedProbesLimit</c> 3 (default): three failed probes in a row before a silo votes; one lost
    /// probe is not a death.</item>
    /// <item><c>NumVotesForDeathDeclaration</c> 2 (default): with three silos both survivors must agree.</item>
    /// <item><c>DeathVoteExpirationTimeout</c> 30 s (default 2 min): the two votes are a few seconds apart; an old
    /// vote must not join a new one to kill a silo that recovered.</item>
    /// <item><c>TableRefreshTimeout</c> 5 s (default 60 s): a silo that missed a gossip message still sees a death
    /// (or a restarted silo) within seconds.</item>
    /// </list>
    /// </summary>
    public static IReadOnlyDictionary<string, string?> FastMembership { get; } = new Dictionary<string, string?>
    {
        ["Mesh:Cluster:Membership:ProbeTimeout"] = "00:00:02",
        ["Mesh:Cluster:Membership:NumMissedProbesLimit"] = "3",
        ["Mesh:Cluster:Membership:NumVotesForDeathDeclaration"] = "2",
        ["Mesh:Cluster:Membership:DeathVoteExpirationTimeout"] = "00:00:30",
        ["Mesh:Cluster:Membership:TableRefreshTimeout"] = "00:00:05",
    };

    private readonly TempDirectory _folder = new("mesh-cluster-");
    private readonly Dictionary<string, string?> _settings;
    private readonly List<SiloProcess> _silos = [];
    private readonly List<SiloProcess> _ended = [];
    private readonly Dictionary<SiloProcess, int> _generationsBefore = [];
    private int _started;

    /// <summary>
    /// A cluster on <paramref name="connectionString"/> (a database of the test's own) with a fresh cluster id;
    /// <paramref name="settings"/> are added to every silo's configuration (e.g. the fake speech provider).
    /// </summary>
    public SiloCluster(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ConnectionString = connectionString;
        ClusterId = $"test-{Guid.NewGuid():N}";
        _settings = new Dictionary<string, string?>(FastMembership)
        {
            ["Mesh:Storage:Provider"] = "PostgreSql",
            ["Mesh:Storage:ConnectionString"] = connectionString,
            ["Mesh:Cluster:Provider"] = "PostgreSql",
            ["Mesh:Cluster:ClusterId"] = ClusterId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>The database of storage and membership.</summary>
    public string ConnectionString { get; }

    /// <summary>The cluster id the silos (and their clients) share.</summary>
    public string ClusterId { get; }

    /// <summary>The running silo processes, in start order; a restarted silo keeps its place.</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>Starts <paramref name="count"/> silos and waits until the membership table shows each of them active.</summary>
    public async Task StartAsync(int count, TimeSpan? limit = null)
    {
        var started = new List<SiloProcess>();
        for (var i = 0; i < count; i++)
        {
            started.Add(StartSilo());
        }

        foreach (var silo in started)
        {
            await WaitUntilActiveAsync(silo, limit ?? TimeSpan.FromSeconds(90));
        }
    }

    /// <summary>Starts one more silo; it is not waited for.</summary>
    public SiloProcess StartSilo()
    {
        var name = $"silo-{_started++}";
        var silo = SiloProcess.Start(_folder.Combine(name), _settings, name);
        _silos.Add(silo);
        _generationsBefore[silo] = 0;
        return silo;
    }

    /// <summary>Kills the process with SIGKILL; returns when the kill was sent.</summary>
    public void Kill(SiloProcess silo)
    {
        silo.Kill();
        _silos.Remove(silo);
        _ended.Add(silo);
    }

    /// <summary>
    /// A rolling-restart step: SIGTERM (Orleans leaves the cluster gracefully), wait for the process to end with exit
    /// code 0, start it again on the same ports, and wait until its new incarnation is active.
    /// </summary>
    public async Task<SiloProcess> RestartAsync(SiloProcess silo, TimeSpan limit)
    {
        var index = _silos.IndexOf(silo);
        var exitCode = await silo.StopAsync(limit);
        Assert.True(exitCode == 0, $"{silo} exited with {exitCode} on SIGTERM:\n{silo.Output}");
        var generations = (await ReadMembershipAsync()).Where(e => e.Port == silo.SiloPort).Select(e => e.Generation).DefaultIfEmpty(0).Max();
        var again = silo.StartAgain();
        _ended.Add(silo);
        _silos[index] = again;
        _generationsBefore[again] = generations;
        await WaitUntilActiveAsync(again, limit);
        return again;
    }

    /// <summary>Every row of this cluster in Orleans' membership table.</summary>
    public async Task<IReadOnlyList<MembershipEntry>> ReadMembershipAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT address, port, generation, status, proxy_port, suspect_times FROM orleans_membership WHERE deployment_id = @cluster",
            connection);
        command.Parameters.AddWithValue("cluster", ClusterId);
        var entries = new List<MembershipEntry>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                entries.Add(new MembershipEntry(
                    reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No silo has applied the schema yet: no silo is a member yet.
        }

        return entries;
    }

    /// <summary>The membership row of this process (its own generation), once it wrote one.</summary>
    public async Task<MembershipEntry?> EntryOfAsync(SiloProcess silo)
    {
        var before = _generationsBefore.GetValueOrDefault(silo);
        return (await ReadMembershipAsync())
            .Where(e => e.Port == silo.SiloPort && e.Generation > before)
            .MaxBy(e => e.Generation);
    }

    /// <summary>Waits until the membership table shows this process active.</summary>
    public Task WaitUntilActiveAsync(SiloProcess silo, TimeSpan limit) => WaitAsync(
        async () =>
        {
            Assert.False(silo.HasExited, $"{silo} ended before it became active:\n{silo.Output}");
            return (await EntryOfAsync(silo))?.Status == ActiveStatus;
        },
        limit,
        $"{silo} active in the membership table");

    /// <summary>Waits until the membership table shows this process dead, and returns how long that took.</summary>
    public async Task<TimeSpan> WaitUntilDeadAsync(SiloProcess silo, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        await WaitAsync(async () => (await EntryOfAsync(silo))?.Status == DeadStatus, limit, $"{silo} dead in the membership table");
        return watch.Elapsed;
    }

    /// <summary>The running process whose silo (or gateway) listens on this port, if any.</summary>
    public SiloProcess? WithPort(int port) => _silos.FirstOrDefault(s => s.SiloPort == port || s.GatewayPort == port);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="limit"/> with the cluster's state.</summary>
    public async Task WaitAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > limit)
            {
                Assert.Fail($"Waited {limit.TotalSeconds:0} s for {what}.\n{await DescribeAsync()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The membership table and the last output of every process, for failure messages.</summary>
    public async Task<string> DescribeAsync()
    {
        var table = string.Join('\n', (await ReadMembershipAsync()).Select(e => e.ToString()));
        var outputs = _ended.Concat(_silos).Select(s => $"--- {s} {(s.HasExited ? "ended" : "running")}\n{s.Output}");
        return $"Membership of {ClusterId}:\n{table}\n{string.Join('\n', outputs)}";
    }

    public void Dispose()
    {
        foreach (var silo in _silos.Concat(_ended))
        {
            silo.Dispose();
        }

        _folder.Dispose();
    }
}

/// <summary>One row of Orleans' membership table: a silo incarnation and its status.</summary>
public sealed record MembershipEntry(string Address, int Port, int Generation, int Status, int GatewayPort, string? SuspectTimes)
{
    public override string ToString() =>
        $"{Address}:{Port.ToString(CultureInfo.InvariantCulture)}@{Generation.ToString(CultureInfo.InvariantCulture)} status {Status.ToString(CultureInfo.InvariantCulture)} gateway {GatewayPort.ToString(CultureInfo.InvariantCulture)} votes [{SuspectTimes}]";
}
