using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.Grains.Conversations;
using Mesh.Grains.Database;
using Mesh.Grains.Encounters;
using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Browser;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Live;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Mesh.WebFrontend.Tests.Operations;

/// <summary>
/// A rolling upgrade as deploy/run-cluster.sh restart and a Kubernetes rollout do it: three silo processes on
/// PostgreSQL restarted one after another (SIGTERM, wait for the exit, start again, wait until Active) while a live
/// encounter streams audio in real time and REST writes go on through the WebFrontend.
/// </summary>
[Collection("postgres")]
public sealed class RollingUpgradeTests(PostgresFixture postgres, ITestOutputHelper output)
{
    // Twice the failover test's visit: long enough to stream through most of the restarts.
    private static readonly (string, string)[] Sentences =
    [
        .. LiveFailoverTests.Sentences,
        ("en", "Take a deep breath in and out."),
        ("en", "Your lungs sound clear on both sides."),
        ("en", "I think this is a viral bronchitis."),
        ("en", "Drink plenty of fluids and rest."),
        ("en", "Come back if the fever returns."),
        ("en", "Thank you, doctor, goodbye."),
    ];

    [Fact]
    public async Task Restarting_every_silo_in_turn_loses_no_acknowledged_chunk_or_write_and_ends_no_encounter()
    {
        var watch = Stopwatch.StartNew();
        await using var speech = await FakeSpeechServer.StartAsync([], TimeSpan.FromMilliseconds(50));
        using var folder = new TempFolder();
        // espeak-ng speaks the visit while the silos start.
        var speaking = SpeechWav.WriteAsync(folder.Path, Sentences, TimeSpan.FromSeconds(1.0));
        var connectionString = await postgres.CreateDatabaseAsync();
        using var cluster = await LiveFailoverTests.StartClusterAsync(connectionString, speech);
        await using var server = new LocalMeshServer(Path.Combine(folder.Path, "web"), LiveFailoverTests.WebSettings(cluster, speech));
        var grains = server.Services.GetRequiredService<IGrainFactory>();
        var host = new LiveHttp(server.BaseAddress);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var wav = await speaking;

        // The dashboard, served by the WebFrontend, shows every silo of the cluster.
        using (var dashboard = new HttpClient { BaseAddress = server.BaseAddress })
        {
            var silos = await DashboardTests.ActiveSilosAsync(dashboard, await host.TokenAsync(userId: "admin-1", role: "admin"), expected: 3);
            Assert.Equal(3, silos.Count);
        }


        await using var client = await NodeLiveClient.StartAsync(server.BaseAddress, token,
        [
            LiveTestHost.Start(patientId),
            new { op = "upload", wav, pace = true, ackTimeoutMs = 60000 },
            new { op = "sleep", ms = 2000 },
        ]);
        var started = await client.WaitForLineAsync(l => (string?)l["t"] == "started", TimeSpan.FromSeconds(30));
        var conversationKey = ConversationKeys.For("clinic-a", (string)started["conversationId"]!);
        await client.WaitForLineAsync(l => (string?)l["t"] == "event" && (string?)l["name"] == "audioAck" && (long)l["data"]!["sequence"]! >= 20,
            TimeSpan.FromSeconds(60));

        using var stopWrites = new CancellationTokenSource();
        var writes = WriteUntilStoppedAsync(server.BaseAddress, token, stopWrites.Token);
        var restarts = new List<TimeSpan>();
        foreach (var silo in cluster.Silos.ToList())
        {
            var restart = Stopwatch.StartNew();
            await cluster.RestartAsync(silo, TimeSpan.FromSeconds(60));
            restarts.Add(restart.Elapsed);
        }

        var run = await client.WaitAsync(TimeSpan.FromSeconds(120));
        await stopWrites.CancelAsync();
        var (acknowledged, refused) = await writes;
        Assert.True(run.Succeeded, run.ToString());

        // Every acknowledged chunk is stored once, with no gap; the encounter is still open; at most one reconnect.
        var chunks = (int)run.Of("uploaded").Single()["chunks"]!;
        Assert.Equal(chunks, run.Events("audioAck").Max(a => (long)a["sequence"]!));
        await using var database = MeshDatabase.ForPostgreSql(connectionString);
        Assert.Equal(Enumerable.Range(1, chunks).Select(i => (long)i), await new EncounterAudioTable(database).ListSequencesAsync(conversationKey));
        Assert.True(run.Of("reconnected").Count() <= 1, run.ToString());
        Assert.Equal(EncounterStatus.Active, await grains.GetGrain<IConversationGrain>(conversationKey).GetEncounterStatusAsync());
        var expected = LiveFailoverTests.ExpectedSegmentIds(wav);
        var snapshot = await LiveFailoverTests.WaitForSegmentsAsync(grains, conversationKey, expected.Count);
        Assert.Equal(expected, snapshot.Segments.Select(s => s.SegmentId));

        // Every acknowledged REST write reads back.
        Assert.True(acknowledged.Count >= 10, $"only {acknowledged.Count} writes were acknowledged");
        using var http = Client(server.BaseAddress, token);
        foreach (var id in acknowledged)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/patients/{id}")).StatusCode);
        }

        output.WriteLine($"restarts took {string.Join(", ", restarts.Select(r => $"{r.TotalSeconds:0.0} s"))}; {chunks} chunks, " +
            $"{expected.Count} segments, longest wait between acks {LiveFailoverTests.LongestAckGap(run).TotalSeconds:0.0} s; " +
            $"{acknowledged.Count} writes acknowledged, {refused} answered 503; test took {watch.Elapsed.TotalSeconds:0} s");
    }

    /// <summary>Creates patients one after another; returns the ids acknowledged (201) and how many were refused with 503.</summary>
    private static async Task<(List<string> Acknowledged, int Refused)> WriteUntilStoppedAsync(Uri server, string token, CancellationToken stop)
    {
        using var http = Client(server, token);
        var acknowledged = new List<string>();
        var refused = 0;
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var response = await http.PostAsJsonAsync("/api/v1/patients", Patients.PatientsApiTests.NewPatient("Writer", $"Number{i}"), CancellationToken.None);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                // Not acknowledged, and said so: a write whose silo stopped under it; the client may send it again.
                refused++;
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(CancellationToken.None));
            acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetString()!);
            await Task.Delay(100, CancellationToken.None);
        }

        return (acknowledged, refused);
    }

    private static HttpClient Client(Uri server, string token)
    {
        var http = new HttpClient { BaseAddress = server };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
