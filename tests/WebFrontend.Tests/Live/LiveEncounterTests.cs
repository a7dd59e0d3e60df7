using System.Text.Json.Nodes;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Live;

/// <summary>Live encounters end to end: the real @microsoft/signalr client in Node against Mesh on Kestrel.</summary>
public sealed class LiveEncounterTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(90);

    private static readonly (string, string)[] ThreeSentences =
    [
        ("en", "Good morning, what brings you here today?"),
        ("en", "I have had a sore throat for three days."),
        ("en", "Schedule a follow-up in two weeks."),
    ];

    [Fact]
    public async Task Streamed_speech_is_acknowledged_in_order_and_transcribed_completely()
    {
        await using var host = await LiveTestHost.StartAsync(["Good morning, what brings you here today?", "I have had a sore throat for three days.", "Schedule a follow-up in two weeks."]);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var wav = await SpeechWav.WriteAsync(host.Folder, ThreeSentences, TimeSpan.FromSeconds(1.2));

        var run = await NodeLiveClient.RunAsync(host.Server.BaseAddress, token,
        [
            LiveTestHost.Start(patientId),
            new { op = "upload", wav },
            new { op = "waitFor", @event = "transcriptSegment", count = 3, timeoutMs = 30000 },
            new { op = "invoke", method = "EndEncounter", args = new[] { "$conversationId" } },
            new { op = "waitFor", @event = "draftReady", count = 1 },
        ], RunTimeout);

        Assert.True(run.Succeeded, run.ToString());
        var chunks = (int)run.Of("uploaded").Single()["chunks"]!;
        var acks = run.Events("audioAck").Select(a => (long)a["sequence"]!).ToList();
        Assert.Equal(chunks, acks.Count);
        Assert.Equal(Enumerable.Range(1, chunks).Select(i => (long)i), acks);

        var segments = run.Events("transcriptSegment");
        Assert.Equal(host.Speech.Texts, segments.Select(s => (string)s["text"]!));
        Assert.Equal(segments.Select(s => (long)s["sequence"]!).Order(), segments.Select(s => (long)s["sequence"]!));
        Assert.True(segments.Zip(segments.Skip(1)).All(pair => (long)pair.First["lastChunk"]! < (long)pair.Second["firstChunk"]!));
        Assert.Equal(3, host.Speech.Transcriptions);

        var command = Assert.Single(run.Events("commandExecuted"));
        Assert.Equal("scheduleFollowUp", (string)command["command"]!["kind"]!);
        var draft = Assert.Single(run.Events("draftReady"));
        Assert.StartsWith(run.ConversationId!, (string)draft["draftId"]!);
    }

    [Fact]
    public async Task Interpreter_translates_and_speaks_every_utterance_and_runs_a_command_once()
    {
        string[] heard =
        [
            "Good morning, where does it hurt?",
            "Fáj a térdem és a hátam is nagyon fáj reggelente.",
            "Prescribe ibuprofen 400 mg three times a day for five days.",
        ];
        await using var host = await LiveTestHost.StartAsync(heard);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var wav = await SpeechWav.WriteAsync(host.Folder, [("en", heard[0]), ("hu", heard[1]), ("en", heard[2])], TimeSpan.FromSeconds(1.2));

        var run = await NodeLiveClient.RunAsync(host.Server.BaseAddress, token,
        [
            LiveTestHost.Start(patientId, "interpreter", "en", "hu"),
            new { op = "upload", wav },
            new { op = "waitFor", @event = "ttsAudio", count = 3, timeoutMs = 30000 },
            new { op = "sleep", ms = 500 },
        ], RunTimeout);

        Assert.True(run.Succeeded, run.ToString());
        var messages = run.Events("newMessage");
        Assert.Equal(3, messages.Count);
        Assert.Equal(["doctor", "patient", "doctor"], messages.Select(m => (string)m["speaker"]!));
        Assert.Equal($"[hu] {heard[0]}", (string)messages[0]["translation"]!);
        Assert.Equal($"[en] {heard[1]}", (string)messages[1]["translation"]!);
        var speech = run.Events("ttsAudio");
        Assert.Equal(["patient", "doctor", "patient"], speech.Select(s => (string)s["forSpeaker"]!));
        Assert.All(speech, s => Assert.True((int)s["audioBytes"]! > 44));

        var command = Assert.Single(run.Events("commandExecuted"));
        Assert.Equal("prescribe", (string)command["command"]!["kind"]!);
        Assert.Contains("ibuprofen", ((string)command["command"]!["drug"]!).ToLowerInvariant());
    }

    [Fact]
    public async Task Other_clinics_and_anonymous_callers_are_refused_and_an_oversized_chunk_is_an_error_not_a_disconnect()
    {
        await using var host = await LiveTestHost.StartAsync([]);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var started = await NodeLiveClient.RunAsync(host.Server.BaseAddress, token,
        [
            LiveTestHost.Start(patientId),
            new { op = "sendChunks", chunks = new object[] { new { sequence = 1, bytes = 100_000 }, new { sequence = 1, bytes = 3200 } } },
            new { op = "waitFor", @event = "audioAck", count = 1 },
            new { op = "invoke", method = "SendText", args = new[] { "$conversationId", "doctor", "Add a note: patient prefers morning appointments." } },
            new { op = "waitFor", @event = "commandExecuted", count = 1 },
        ], RunTimeout);
        Assert.True(started.Succeeded, started.ToString());
        var error = Assert.Single(started.Events("error"));
        Assert.Equal("chunk_too_large", (string)error["code"]!);
        Assert.Equal(1, (long)started.Events("audioAck").Single()["sequence"]!);
        var conversationId = started.ConversationId!;

        var otherClinic = await host.TokenAsync(tenant: "clinic-b");
        var crossing = await NodeLiveClient.RunAsync(host.Server.BaseAddress, otherClinic,
        [
            new { op = "invoke", method = "JoinEncounter", args = new object[] { conversationId, 0 } },
            new { op = "invoke", method = "SendText", args = new[] { conversationId, "doctor", "Add a note: injected." } },
            new { op = "invoke", method = "EndEncounter", args = new[] { conversationId } },
        ], RunTimeout);
        Assert.True(crossing.Succeeded, crossing.ToString());
        Assert.Equal(3, crossing.Of("invokeError").Count);
        Assert.All(crossing.Of("invokeError"), e => Assert.Contains("not found", (string)e["message"]!));

        var anonymous = await NodeLiveClient.RunAsync(host.Server.BaseAddress, "", [new { op = "sleep", ms = 1 }], RunTimeout);
        Assert.False(anonymous.Succeeded);
        Assert.Contains("401", (string)anonymous.Of("failed").Single()["message"]!);

        var nurse = await host.TokenAsync(role: "admin", userId: "admin-1");
        var wrongRole = await NodeLiveClient.RunAsync(host.Server.BaseAddress, nurse,
            [new { op = "invoke", method = "JoinEncounter", args = new object[] { conversationId, 0 } }], RunTimeout);
        Assert.False(wrongRole.Succeeded && wrongRole.Of("result").Count > 0, wrongRole.ToString());

        // Nothing another clinic sent reached the encounter: one note, the doctor's own.
        var rejoin = await NodeLiveClient.RunAsync(host.Server.BaseAddress, token,
            [new { op = "join", conversationId, afterSequence = 0 }], RunTimeout);
        var encounter = rejoin.Of("joined").Single()["encounter"]!;
        var note = Assert.Single(encounter["commands"]!.AsArray());
        Assert.Contains("morning appointments", (string)note!["noteText"]!);
    }

    [Fact]
    public async Task Audio_sent_while_paused_is_refused_and_accepted_again_after_resume()
    {
        await using var host = await LiveTestHost.StartAsync([]);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var run = await NodeLiveClient.RunAsync(host.Server.BaseAddress, token,
        [
            LiveTestHost.Start(patientId),
            new { op = "invoke", method = "PauseEncounter", args = new[] { "$conversationId" } },
            new { op = "sendChunks", chunks = new object[] { new { sequence = 1, bytes = 3200 } } },
            new { op = "waitFor", @event = "error", count = 1 },
            new { op = "invoke", method = "ResumeEncounter", args = new[] { "$conversationId" } },
            new { op = "sendChunks", chunks = new object[] { new { sequence = 1, bytes = 3200 } } },
            new { op = "waitFor", @event = "audioAck", count = 1 },
        ], RunTimeout);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("encounter_paused", (string)run.Events("error").First()["code"]!);
        Assert.Equal(["paused", "active"], run.Events("encounterStatus").Select(s => (string)s["status"]!));
    }

    [Fact]
    public async Task A_client_that_rejoins_gets_the_events_it_missed()
    {
        await using var host = await LiveTestHost.StartAsync([]);
        var token = await host.TokenAsync();
        var patientId = await host.CreatePatientAsync(token);
        var first = await NodeLiveClient.RunAsync(host.Server.BaseAddress, token,
        [
            LiveTestHost.Start(patientId),
            new { op = "invoke", method = "SendText", args = new[] { "$conversationId", "doctor", "How are you feeling today?" } },
            new { op = "invoke", method = "SendText", args = new[] { "$conversationId", "patient", "Much better, thank you." } },
        ], RunTimeout);
        Assert.True(first.Succeeded, first.ToString());

        var rejoin = await NodeLiveClient.RunAsync(host.Server.BaseAddress, token,
            [new { op = "join", conversationId = first.ConversationId, afterSequence = 2 }], RunTimeout);
        var events = rejoin.Of("joined").Single()["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.All(events, e => Assert.True((long)e["sequence"]! > 2));
        Assert.Contains(events, e => (string?)e["text"] == "Much better, thank you." && (string?)e["type"] == "transcriptSegment");
        Assert.DoesNotContain(events, e => (string?)e["text"] == "How are you feeling today?");
    }
}
