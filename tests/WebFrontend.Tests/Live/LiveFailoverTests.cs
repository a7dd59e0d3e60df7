using Mesh.Grains.Conversations;
using Mesh.Grains.Encounters;
using Mesh.Grains.Hosting;
using Mesh.Grains.Live;
using Mesh.Grains.Database;
using Mesh.Runtime.Testing;
using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Browser;
using Mesh.WebFrontend.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.WebFrontend.Tests.Live;

/// <summary>
/// Three silos on PostgreSQL, the WebFrontend as their cluster client, and a Node SignalR client streaming in real time.
/// The silo that hosts the encounter's conversation grain is killed mid-stream.
/// </summary>
[Collection("postgres")]
public sealed class LiveFailoverTests(PostgresFixture postgres)
{
    private static readonly (string, string)[] Sentences =
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
        var (cluster, web) = await StartClusterAsync(speech, folder);
        await using var _ = cluster;
        await using var server = new LocalMeshServer(Path.Combine(folder.Path, "web"), web);
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

        // Let about a third of the audio through, then kill the silo that hosts the conversation.
        var started = await client.WaitForLineAsync(l => (string?)l["t"] == "started", TimeSpan.FromSeconds(30));
        var conversationKey = ConversationKeys.For("clinic-a", (string)started["conversationId"]!);

        await Task.Delay(TimeSpan.FromSeconds(5));
        var victim = cluster.HostOf<IConversationGrain>(conversationKey) ?? throw new InvalidOperationException("The conversation is not active.");
        var killedAt = DateTimeOffset.UtcNow;
        await cluster.KillSiloAsync(victim);

        var run = await client.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(run.Succeeded, run.ToString());

        var chunks = (int)run.Of("uploaded").Single()["chunks"]!;
        var acked = run.Events("audioAck").Max(a => (long)a["sequence"]!);
        Assert.Equal(chunks, acked);
        var survivor = cluster.Silos.First(s => !s.IsStopped);
        var stored = await survivor.Services.GetRequiredService<EncounterAudioTable>().ListSequencesAsync(conversationKey);
        Assert.Equal(Enumerable.Range(1, chunks).Select(i => (long)i), stored);

        // The transcript has one segment per utterance the detector finds in the whole recording, none missing, none twice.
        var expected = ExpectedSegmentIds(wav);
        var snapshot = await WaitForSegmentsAsync(survivor, conversationKey, expected.Count);
        Assert.Equal(expected, snapshot.Segments.Select(s => s.SegmentId));
        var segmentsAfterKill = run.Lines.Where(l => (string?)l["t"] == "event" && (string?)l["name"] == "transcriptSegment"
            && DateTimeOffset.Parse((string)l["data"]!["at"]!, System.Globalization.CultureInfo.InvariantCulture) > killedAt);
        Assert.NotEmpty(segmentsAfterKill);
    }

    [Fact]
    public async Task A_WebFrontend_that_goes_away_is_survived_by_reconnecting_to_another()
    {
        await using var speech = await FakeSpeechServer.StartAsync([], TimeSpan.FromMilliseconds(50));
        using var folder = new TempFolder();
        var (cluster, web) = await StartClusterAsync(speech, folder);
        await using var _ = cluster;
        // One data folder: both WebFrontends accept the local signing key the first one made, as a shared key would in production.
        var first = new LocalMeshServer(Path.Combine(folder.Path, "web"), web);
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
        await Task.Delay(TimeSpan.FromSeconds(4));
        await first.DisposeAsync();

        var run = await client.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.True(run.Succeeded, run.ToString());
        Assert.Single(run.Of("movedServer"));
        var chunks = (int)run.Of("uploaded").Single()["chunks"]!;
        var stored = await cluster.Silos[0].Services.GetRequiredService<EncounterAudioTable>().ListSequencesAsync(conversationKey);
        Assert.Equal(Enumerable.Range(1, chunks).Select(i => (long)i), stored);
        var expected = ExpectedSegmentIds(wav);
        var snapshot = await WaitForSegmentsAsync(cluster.Silos[0], conversationKey, expected.Count);
        Assert.Equal(expected, snapshot.Segments.Select(s => s.SegmentId));
    }

    /// <summary>Three silos on a fresh PostgreSQL database, and the settings of a WebFrontend that is their cluster client.</summary>
    private async Task<(TestCluster Cluster, Dictionary<string, string?> Web)> StartClusterAsync(FakeSpeechServer speech, TempFolder folder)
    {
        var settings = new Dictionary<string, string?>(speech.Settings(translation: false, textToSpeech: false))
        {
            ["Mesh:Storage:Provider"] = "PostgreSql",
            ["Mesh:Storage:ConnectionString"] = await postgres.CreateDatabaseAsync(),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var cluster = await TestCluster.StartClusterAsync(3, _ => { }, services => services
            .AddSingleton<IConfiguration>(configuration)
            .AddMeshClinicSilo(configuration, _ => folder.Path));
        var web = new Dictionary<string, string?>(settings) { ["Mesh:Live:DetailedErrors"] = "true" };
        for (var i = 0; i < cluster.Silos.Count; i++)
        {
            web[$"Mesh:Client:Gateways:{i}"] = $"127.0.0.1:{cluster.Silos[i].GatewayPort}";
        }

        return (cluster, web);
    }

    private static List<string> ExpectedSegmentIds(string wav)
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

    private static async Task<EncounterSnapshot> WaitForSegmentsAsync(TestSilo silo, string key, int count)
    {
        var grain = silo.GrainFactory.GetGrain<IConversationGrain>(key);
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
