using System.Diagnostics;
using System.Globalization;
using Mesh.Benchmarks.Live;
using Mesh.Grains.Conversations;
using Mesh.Grains.Health;
using Mesh.TestSupport;
using Mesh.WebFrontend.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Mesh.Benchmarks.Failover;

/// <summary>
/// Three src/Silo processes on a private PostgreSQL (grain state, reminders and Orleans' membership table), a
/// WebFrontend in this process as their cluster client, and live encounters streaming real-time PCM through it. One
/// silo that hosts conversation grains of live encounters (and ping grains) is killed with SIGKILL; from that moment:
/// until its membership row says Dead, until a ping grain that lived on it answers again, and until the first transcript
/// of an utterance ending after the kill reaches the clinic app of an encounter whose conversation grain lived on it.
/// Prints: failover: declared_dead_s=… first_call_ok_s=… live_resume_s=…
/// and, on stderr, the membership settings the silos ran with.
/// </summary>
internal static class FailoverBenchmark
{
    private const int Silos = 3;
    private const int Encounters = 12;
    private const int PingGrains = 60;
    private static readonly TimeSpan TranscriptionDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
    // Past Orleans' 30 s response timeout, after which a call lost with the killed silo has failed for good.
    private static readonly TimeSpan MeasureLimit = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Orleans' ClusterMembershipOptions for the silos (Mesh:Cluster:Membership:*), as docs/cluster.md recommends: a
    /// probe every 2 s instead of 5 s; three missed probes (the last one sent through another silo) make a silo vote, and
    /// two votes declare the silo dead, as by default. A crashed silo refuses connections, so its probes fail at once.
    /// Everything else stays at Orleans' defaults.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> Membership = new Dictionary<string, string>
    {
        ["ProbeTimeout"] = "00:00:02",
        ["NumMissedProbesLimit"] = "3",
        ["NumVotesForDeathDeclaration"] = "2",
    };

    public static async Task RunAsync(string[] args)
    {
        Console.Error.WriteLine("failover: membership " + string.Join(' ', Membership.Select(m => $"Mesh__Cluster__Membership__{m.Key}={m.Value}")));
        using var folder = new TempDirectory("mesh-bench-failover-");
        await using var postgres = await PostgresServer.StartAsync();
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var speech = await FakeSpeechServer.StartAsync(["The patient reports a mild headache since yesterday."], TranscriptionDelay);
        var clusterId = $"bench-{Guid.NewGuid():N}";
        await using var membership = new MembershipTable(connectionString, clusterId);

        // Configuration keys; each silo process gets them as environment variables (Mesh__Storage__Provider, ...).
        var settings = new Dictionary<string, string?>(speech.Settings(translation: false, textToSpeech: false))
        {
            ["Mesh:Storage:Provider"] = "PostgreSql",
            ["Mesh:Storage:ConnectionString"] = connectionString,
            ["Mesh:Cluster:Provider"] = "PostgreSql",
            ["Mesh:Cluster:ClusterId"] = clusterId,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (name, value) in Membership)
        {
            settings[$"Mesh:Cluster:Membership:{name}"] = value;
        }

        var silos = new List<SiloProcess>();
        try
        {
            for (var i = 0; i < Silos; i++)
            {
                silos.Add(SiloProcess.Start(folder.Combine($"silo-{i}"), settings, $"silo-{i}"));
            }

            await WaitUntilAsync(async () => (await membership.ReadAsync()).Count(r => r.Status == MembershipTable.Active) == Silos,
                StartLimit, "three active silos", silos);
            await MeasureAsync(connectionString, clusterId, membership, silos);
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }

    private static async Task MeasureAsync(string connectionString, string clusterId, MembershipTable membership, List<SiloProcess> silos)
    {
        await using var mesh = await LiveMeshHost.StartAsync(new Dictionary<string, string?>
        {
            ["Mesh:Storage:Provider"] = "PostgreSql",
            ["Mesh:Storage:ConnectionString"] = connectionString,
            ["Mesh:Cluster:Provider"] = "PostgreSql",
            ["Mesh:Cluster:ClusterId"] = clusterId,
        });
        var grains = mesh.Services.GetRequiredService<IGrainFactory>();
        var (token, patientId) = await mesh.ClinicAsync();

        // Live encounters streaming real time, each one's transcripts logged against the due time of their last chunk.
        var recorder = new StepRecorder();
        var logs = Enumerable.Range(0, Encounters).Select(_ => new TranscriptLog()).ToArray();
        var drivers = new EncounterDriver[Encounters];
        using var stopStreaming = new CancellationTokenSource();
        var streaming = new List<Task>();
        var audio = new SpeechLikeAudio();
        var maxChunks = (int)(StartLimit + MeasureLimit).TotalSeconds * 10;
        try
        {
            for (var i = 0; i < Encounters; i++)
            {
                drivers[i] = await EncounterDriver.StartAsync(mesh, token, patientId, recorder, maxChunks, CancellationToken.None, logs[i].Record);
            }

            var start = Stopwatch.GetTimestamp();
            var chunkTicks = Stopwatch.Frequency / 10;
            streaming.AddRange(drivers.Select((driver, i) => driver.StreamAsync(
                audio, i * 7 % SpeechLikeAudio.CycleChunks, start + (i * chunkTicks / Encounters), long.MaxValue, stopStreaming.Token)));
            await WaitUntilAsync(() => Task.FromResult(logs.All(l => l.Count > 0)), StartLimit, "a transcript in every encounter", silos);

            // Where each conversation grain and each ping grain lives, by silo port.
            var management = grains.GetGrain<IManagementGrain>(0);
            var pings = Enumerable.Range(0, PingGrains).Select(i => grains.GetGrain<IPingGrain>($"bench/failover-{i}")).ToArray();
            await Task.WhenAll(pings.Select(p => p.PingAsync()));
            var conversationPorts = await Task.WhenAll(drivers.Select(d => PortOfAsync(management, grains.GetGrain<IConversationGrain>(ConversationKeys.For(LiveMeshHost.Tenant, d.ConversationId)))));
            var pingPorts = await Task.WhenAll(pings.Select(p => PortOfAsync(management, p)));
            var victim = silos
                .Where(s => pingPorts.Contains(s.SiloPort))
                .MaxBy(s => conversationPorts.Count(port => port == s.SiloPort))
                ?? throw new InvalidOperationException("No silo hosts a ping grain.");
            var victims = Enumerable.Range(0, Encounters).Where(i => conversationPorts[i] == victim.SiloPort).ToArray();
            var victimPing = pings[Array.IndexOf(pingPorts, victim.SiloPort)];
            Console.Error.WriteLine($"failover: killing the silo on port {victim.SiloPort}, host of {victims.Length} of {Encounters} live encounters' conversation grains");

            var killedAt = Stopwatch.GetTimestamp();
            foreach (var log in logs)
            {
                log.KilledAt = killedAt;
            }

            victim.Kill();
            var declaredDead = SecondsUntilAsync(killedAt, async () => (await membership.ReadAsync()).Any(r => r.Port == victim.SiloPort && r.Status == MembershipTable.Dead));
            var firstCall = SecondsUntilAsync(killedAt, () => AnswersAsync(victimPing));
            var liveResume = SecondsUntilAsync(killedAt, () => Task.FromResult(victims.Any(i => logs[i].ResumedAt != 0)));
            var allResumed = SecondsUntilAsync(killedAt, () => Task.FromResult(victims.All(i => logs[i].ResumedAt != 0)));
            await Task.WhenAll(declaredDead, firstCall, liveResume, allResumed);

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"failover: each encounter of the killed silo resumed after (s): {string.Join(' ', victims.Select(i => logs[i].ResumedAt == 0 ? "never" : Seconds(Stopwatch.GetElapsedTime(killedAt, logs[i].ResumedAt).TotalSeconds)))}"));
            if (liveResume.Result is null)
            {
                Console.Error.WriteLine(victims.Length == 0
                    ? "failover: live_resume_s=n/a: no live encounter's conversation grain lived on the killed silo."
                    : $"failover: live_resume_s=n/a: no transcript within {MeasureLimit.TotalSeconds:F0} s; the server ended the upload (UploadAudio) of "
                        + $"{victims.Count(i => drivers[i].UploadEnded)} of the {victims.Length} encounters of the killed silo.");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"failover: declared_dead_s={Seconds(declaredDead.Result)} first_call_ok_s={Seconds(firstCall.Result)} live_resume_s={Seconds(liveResume.Result)}"));
        }
        finally
        {
            mesh.Silence();
            await stopStreaming.CancelAsync();
            foreach (var driver in drivers.Where(d => d is not null))
            {
                await driver.DisposeAsync();
            }

            foreach (var stream in streaming)
            {
                // Cancelled or cut off by the closed connection: the figures are taken, how the stream ends no longer matters.
                await stream.ContinueWith(t => t.Exception, TaskScheduler.Default);
            }
        }
    }

    /// <summary>The port of the silo <paramref name="grain"/> is activated on (0 when it is not activated).</summary>
    private static async Task<int> PortOfAsync(IManagementGrain management, IAddressable grain) =>
        await management.GetActivationAddress(grain) is { } silo ? silo.Endpoint.Port : 0;

    private static async Task<bool> AnswersAsync(IPingGrain grain)
    {
        try
        {
            await grain.PingAsync().WaitAsync(TimeSpan.FromSeconds(1));
            return true;
        }
        catch (Exception error) when (ClusterFailures.IsTransient(error))
        {
            return false;
        }
    }

    /// <summary>Seconds from <paramref name="from"/> until <paramref name="condition"/> holds, or null when it did not within the limit.</summary>
    private static async Task<double?> SecondsUntilAsync(long from, Func<Task<bool>> condition)
    {
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(from) > MeasureLimit)
            {
                return null;
            }

            await Task.Delay(Poll);
        }

        return Stopwatch.GetElapsedTime(from).TotalSeconds;
    }

    private static string Seconds(double? seconds) =>
        seconds is { } value ? value.ToString("F1", CultureInfo.InvariantCulture) : "n/a";

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what, IReadOnlyList<SiloProcess> silos)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > limit || silos.Any(s => s.HasExited))
            {
                throw new TimeoutException($"No {what} after {watch.Elapsed.TotalSeconds:F0} s. Last output of the silos:\n{string.Join("\n---\n", silos.Select(s => s.Output))}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>One encounter's transcripts: how many arrived, and when the first one of an utterance ending after the kill did.</summary>
    private sealed class TranscriptLog
    {
        private long _count;
        private long _killedAt = long.MaxValue;
        private long _resumedAt;

        public long Count => Interlocked.Read(ref _count);

        public long KilledAt
        {
            get => Interlocked.Read(ref _killedAt);
            set => Interlocked.Exchange(ref _killedAt, value);
        }

        /// <summary>When the first transcript of an utterance whose last chunk was due after the kill arrived; 0 before.</summary>
        public long ResumedAt => Interlocked.Read(ref _resumedAt);

        public void Record(long lastChunkDueAt, long receivedAt)
        {
            Interlocked.Increment(ref _count);
            if (lastChunkDueAt >= KilledAt)
            {
                Interlocked.CompareExchange(ref _resumedAt, receivedAt, 0);
            }
        }
    }
}
