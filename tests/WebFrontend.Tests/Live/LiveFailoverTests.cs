using System.Globalization;
using Mesh.Grains.Conversations;
using Mesh.Grains.Database;
using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Browser;
using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Mesh.WebFrontend.Tests.Live;

/// <summary>
/// Three real silo processes on PostgreSQL, the WebFrontend as their Orleans cluster client (gateways from the
/// membership table), and a Node SignalR client streaming in real time. The silo process that hosts the encounter's
/// conversation grain is killed mid-stream with SIGKILL; or the WebFrontend goes away.
/// </summary>
[Collection("postgres")]
public sealed class LiveFailoverTests(PostgresFixture postgres, ITestOutputHelper output)
{
    internal static readonly (string, string)[] Sentences =
    [
        ("en", "Good morning, please sit down."),
        ("en", "How long have you had the cough?"),
        ("en", "About a week, and it is worse at night."),
        ("en", "Any fever or shortness of breath?"),
        ("en", "A little fever on the first two days."),
        ("en", "Let me listen to your chest now."),
    ];

    [Fact]
    public async Task Killing_the_silo_of_the_encounter_loses_no_acknowledged_audio_and_leaves_no_gap_in_the_transcript()
    {
        await using var speech = await FakeSpeechServer.StartAsync([], TimeSpan.FromMilliseconds(50));
        using var folder = new TempFolder();
        var connectionString = await postgres.CreateDatabaseAsync();
        using var cluster = await StartClusterAsync(connectionString, speech);
        await using var server = new LocalMeshServer(Path.Combine(folder.Path, "web"), WebSettings(cluster, speech));
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var host = new LiveHttp(server.BaseAddress);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var wav = await SpeechWav.WriteAsync(folder.Path, Sentences, TimeSpan.FromSeconds(1.2));

        await using var client = await NodeLiveClient.StartAsync(server.BaseAddress, token,
        [
            LiveTestHost.Start(patientId),
            new { op = "upload", wav, pace = true, ackTimeoutMs = 60000 },
            new { op = "sleep", ms = 3000 },
        ]);

        // Let about a third of the audio through, then kill the silo process that hosts the conversation.
        var started = await client.WaitForLineAsync(l => (string?)l["t"] == "started", TimeSpan.FromSeconds(30));
        var conversationKey = ConversationKeys.For("clinic-a", (string)started["conversationId"]!);
        await client.WaitForLineAsync(l => (string?)l["t"] == "event" && (string?)l["name"] == "audioAck" && (long)l["data"]!["sequence"]! >= 50,
            TimeSpan.FromSeconds(60));
        var conversation = grains.GetGrain<IConversationGrain>(conversationKey);
        var address = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(conversation)
            ?? throw new InvalidOperationException("The conversation is not active.");
        var victim = cluster.WithPort(address.Endpoint.Port) ?? throw new InvalidOperationException($"No silo process listens at {address}.");
        var killedAt = DateTimeOffset.UtcNow;
        cluster.Kill(victim);
        var declaredDead = await cluster.WaitUntilDeadAsync(victim, TimeSpan.FromSeconds(60));

        var run = await client.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(run.Succeeded, run.ToString());

        // Every acknowledged chunk is stored once, with no gap.
        var chunks = (int)run.Of("uploaded").Single()["chunks"]!;
        var acked = run.Events("audioAck").Max(a => (long)a["sequence"]!);
        Assert.Equal(chunks, acked);
        await using var database = MeshDatabase.ForPostgreSql(connectionString);
        var stored = await new EncounterAudioTable(database).ListSequencesAsync(conversationKey);
        Assert.Equal(Enumerable.Range(1, chunks).Select(i => (long)i), stored);

        // The transcript has one segment per utterance the detector finds in the whole recording, none missing, none twice.
        var expected = ExpectedSegmentIds(wav);
        var snapshot = await WaitForSegmentsAsync(grains, conversationKey, expected.Count);
        Assert.Equal(expected, snapshot.Segments.Select(s => s.SegmentId));
        var segmentsAfterKill = run.Lines.Where(l => (string?)l["t"] == "event" && (string?)l["name"] == "transcriptSegment"
            && DateTimeOffset.Parse((string)l["data"]!["at"]!, CultureInfo.InvariantCulture) > killedAt);
        Assert.NotEmpty(segmentsAfterKill);
        var newHost = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(conversation);
        Assert.True(newHost is not null && newHost.Endpoint.Port != victim.SiloPort, $"the conversation is on {newHost}");

        output.WriteLine($"killed {victim} after 50 acknowledged chunks; " +
            $"declared dead after {declaredDead.TotalSeconds:0.0} s; longest wait between acks {LongestAckGap(run).TotalSeconds:0.0} s; " +
            $"{chunks} chunks, {expected.Count} segments");
    }

    [Fact]
    public async Task A_WebFrontend_that_goes_away_is_survived_by_reconnecting_to_another()
    {
        await using var speech = await FakeSpeechServer.StartAsync([], TimeSpan.FromMilliseconds(50));
        using var folder = new TempFolder();
        var connectionString = await postgres.CreateDatabaseAsync();
        using var cluster = await StartClusterAsync(connectionString, speech);
        var web = WebSettings(cluster, speech);
        // One data folder: both WebFrontends accept the local signing key the first one made, as a shared key would in production.
        // The first one, a cluster client with no silo of its own to stop, drops its connections a second after it is
        // told to stop, as a crashed or replaced WebFrontend would.
        var first = new LocalMeshServer(Path.Combine(folder.Path, "web"), web, shutdownTimeout: TimeSpan.FromSeconds(1));
        await using var second = new LocalMeshServer(Path.Combine(folder.Path, "web"), web);
        var host = new LiveHttp(first.BaseAddress);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var wav = await SpeechWav.WriteAsync(folder.Path, Sentences[..4], TimeSpan.FromSeconds(1.2));

        await using var client = await NodeLiveClient.StartAsync([first.BaseAddress, second.BaseAddress], token,
        [
            LiveTestHost.Start(patientId),
            new { op = "upload", wav, pace = true, ackTimeoutMs = 60000 },
            new { op = "sleep", ms = 3000 },
        ]);
        var started = await client.WaitForLineAsync(l => (string?)l["t"] == "started", TimeSpan.FromSeconds(30));
        var conversationKey = ConversationKeys.For("clinic-a", (string)started["conversationId"]!);
        await client.WaitForLineAsync(l => (string?)l["t"] == "event" && (string?)l["name"] == "audioAck" && (long)l["data"]!["sequence"]! >= 40,
            TimeSpan.FromSeconds(60));
        try
        {
            await first.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
            // Its stop is cut short after a second on purpose, as a crash would; Orleans' client reports that as cancelled.
        }

        var run = await client.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(run.Succeeded, run.ToString());
        Assert.Single(run.Of("movedServer"));
        var chunks = (int)run.Of("uploaded").Single()["chunks"]!;
        await using var database = MeshDatabase.ForPostgreSql(connectionString);
        var stored = await new EncounterAudioTable(database).ListSequencesAsync(conversationKey);
        Assert.Equal(Enumerable.Range(1, chunks).Select(i => (long)i), stored);
        var expected = ExpectedSegmentIds(wav);
        var snapshot = await WaitForSegmentsAsync(second.Services.GetRequiredService<IGrainFactory>(), conversationKey, expected.Count);
        Assert.Equal(expected, snapshot.Segments.Select(s => s.SegmentId));
        output.WriteLine($"longest wait between acks {LongestAckGap(run).TotalSeconds:0.0} s; {chunks} chunks, {expected.Count} segments");
    }

    /// <summary>Three silo processes on a fresh database, with the fake speech provider, all active.</summary>
    internal static async Task<SiloCluster> StartClusterAsync(string connectionString, FakeSpeechServer speech)
    {
        var cluster = new SiloCluster(connectionString, speech.Settings(translation: false, textToSpeech: false));
        try
        {
            await cluster.StartAsync(3);
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    /// <summary>The settings of a WebFrontend that is a cluster client of <paramref name="cluster"/>.</summary>
    internal static Dictionary<string, string?> WebSettings(SiloCluster cluster, FakeSpeechServer speech) =>
        new(speech.Settings(translation: false, textToSpeech: false))
        {
            ["Mesh:Storage:Provider"] = "PostgreSql",
            ["Mesh:Storage:ConnectionString"] = cluster.ConnectionString,
            ["Mesh:Cluster:Provider"] = "PostgreSql",
            ["Mesh:Cluster:ClusterId"] = cluster.ClusterId,
            ["Mesh:Live:DetailedErrors"] = "true",
        };

    /// <summary>The longest time between two consecutive acknowledgements the client received.</summary>
    internal static TimeSpan LongestAckGap(LiveRun run)
    {
        var times = run.Lines.Where(l => (string?)l["t"] == "event" && (string?)l["name"] == "audioAck")
            .Select(l => DateTimeOffset.Parse((string)l["receivedAt"]!, CultureInfo.InvariantCulture))
            .ToList();
        return times.Zip(times.Skip(1), (a, b) => b - a).DefaultIfEmpty().Max();
    }

    internal static List<string> ExpectedSegmentIds(string wav)
    {
        var pcm = File.ReadAllBytes(wav)[44..];
        var detector = new VoiceActivityDetector(new VoiceActivityOptions());
        var utterances = new List<SpeechUtterance>();
        var sequence = 0L;
        foreach (var chunk in pcm.Chunk(3200))
        {
            utterances.AddRange(detector.Push(++sequence, chunk));
        }

        if (detector.Flush() is { } last)
        {
            utterances.Add(last);
        }

        return [.. utterances.Select(u => $"audio-{(long)u.Start.TotalMilliseconds}")];
    }

    internal static async Task<EncounterSnapshot> WaitForSegmentsAsync(IGrainFactory grains, string key, int count)
    {
        var grain = grains.GetGrain<IConversationGrain>(key);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var snapshot = (await grain.GetEncounterAsync())!;
            if (snapshot.Segments.Count >= count || DateTime.UtcNow > deadline)
            {
                return snapshot;
            }

            await Task.Delay(100);
        }
    }
}
