using System.Globalization;
using System.Text.RegularExpressions;
using Mesh.Grains.Conversations;
using Mesh.Grains.Database;
using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mesh.WebFrontend.Tests.Browser;

/// <summary>
/// The clinic page's live visit in Chromium with a fake microphone that plays spoken sentences: the page records,
/// downsamples and streams real PCM, Mesh cuts it into utterances, and the fake speech service answers known texts.
/// </summary>
public sealed class LiveViewTests : IAsyncLifetime
{
    // Three sentences take about ten seconds to play; each is transcribed once the silence after it closes it.
    private static readonly LocatorAssertionsToContainTextOptions Spoken = new() { Timeout = 25_000 };

    // Counts translations the page really played, by wrapping play() before any page script runs.
    private const string CountPlayback =
        "(() => { window.meshPlayed = 0; const play = HTMLMediaElement.prototype.play;" +
        "HTMLMediaElement.prototype.play = function () { return play.call(this).then(() => { window.meshPlayed++; }); }; })();";

    // The seconds of audio the page says were stored, read from its status line.
    private const string StoredSecondsScript = "parseFloat(/([\\d.]+) s of audio stored/.exec(document.querySelector('#live-state').textContent)[1])";

    private readonly TempFolder _folder = new();
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _sockets = [];
    private FakeSpeechServer? _speech;
    private LocalMeshServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Task InitializeAsync()
    {
        SetDefaultExpectTimeout(10_000);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_speech is not null)
        {
            await _speech.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task LiveScribe_ShowsTranscriptAndCommandThenOpensTheDraftForReview()
    {
        string[] heard = ["Good morning, what brings you here today?", "I have had a sore throat for three days.", "Schedule a follow-up in two weeks."];
        var page = await StartAsync([.. heard.Select(text => ("en", text))]);

        await StartLiveVisitAsync(page, "scribe", "en");
        await Expect(page.Locator("#live-state")).ToContainTextAsync("Recording");
        await Expect(page.Locator("#patient")).ToHaveAttributeAsync("inert", "");

        var transcript = page.Locator("#live-transcript");
        foreach (var sentence in heard)
        {
            await Expect(transcript).ToContainTextAsync(sentence, Spoken);
        }

        var command = page.Locator("#live-commands li").First;
        await Expect(command).ToContainTextAsync("Follow-up scheduled for");
        await Expect(command).ToContainTextAsync("Schedule a follow-up in two weeks.");
        await Expect(page.Locator("#live-state")).ToContainTextAsync(new Regex(@"[1-9]\d*\.\d s of audio stored"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(_folder.Path, "live-scribe.png"), FullPage = true });
        await ClinicPageSteps.AssertFitsPhoneWidthAsync(page, Path.Combine(_folder.Path, "live-phone.png"));

        // Paused, nothing more is recorded; the audio sent before the pause was all stored, none of it refused.
        var state = page.Locator("#live-state");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        await Expect(state).ToContainTextAsync("Paused");
        var storedWhenPaused = await StoredSecondsAsync(page);
        await page.WaitForTimeoutAsync(700);
        Assert.Equal(storedWhenPaused, await StoredSecondsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(state).ToContainTextAsync("Recording");
        await page.WaitForFunctionAsync($"() => {StoredSecondsScript} > {storedWhenPaused.ToString(CultureInfo.InvariantCulture)}");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeEmptyAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "End visit" }).ClickAsync();

        await Expect(page.Locator("#live-draft")).ToContainTextAsync("Draft ready");
        await Expect(page.Locator("#live-state")).ToContainTextAsync("Ended");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "3. Review the draft" })).ToBeFocusedAsync();
        await Expect(page.Locator("#transcript-view")).ToContainTextAsync("sore throat");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign and finalize" })).ToBeEnabledAsync();
        await Expect(page.Locator("#patient")).Not.ToHaveAttributeAsync("inert", "");

        Assert.Contains(_sockets, url => url.StartsWith("ws://", StringComparison.Ordinal) && url.Contains("/hubs/encounters", StringComparison.Ordinal));
        Assert.True(_speech!.Transcriptions >= heard.Length, $"{_speech.Transcriptions} transcriptions");
        ClinicPageSteps.KeepScreenshots(_folder.Path);
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    [Fact]
    public async Task LiveInterpreter_ShowsBothLanguagesSideBySideAndReadsTranslationsAloud()
    {
        (string Voice, string Text)[] heard =
        [
            ("en", "Good morning, where does it hurt?"),
            ("hu", "Fáj a térdem és a hátam is nagyon fáj reggelente."),
            ("en", "Prescribe ibuprofen 400 mg three times a day for five days."),
        ];
        var page = await StartAsync(heard);

        await StartLiveVisitAsync(page, "interpreter", "hu");

        var rows = page.Locator("#live-conversation-rows tr");
        await Expect(rows.Nth(2)).ToBeAttachedAsync(new() { Timeout = 25_000 });
        var doctorSays = rows.Filter(new() { HasText = heard[0].Text }).First;
        await Expect(doctorSays.Locator("td").Nth(0)).ToHaveTextAsync(heard[0].Text);
        await Expect(doctorSays.Locator("td").Nth(1)).ToHaveTextAsync($"[hu] {heard[0].Text}");
        await Expect(doctorSays.Locator("td").Nth(1)).ToHaveAttributeAsync("lang", "hu");
        var patientSays = rows.Filter(new() { HasText = heard[1].Text }).First;
        await Expect(patientSays.Locator("th")).ToHaveTextAsync("Patient");
        await Expect(patientSays.Locator("td").Nth(0)).ToHaveTextAsync($"[en] {heard[1].Text}");
        await Expect(patientSays.Locator("td").Nth(1)).ToHaveTextAsync(heard[1].Text);
        await Expect(page.Locator("#live-commands li").First).ToContainTextAsync("Prescribed: ibuprofen");
        await Expect(page.Locator("#live-conversation th").Nth(2)).ToHaveTextAsync("Hungarian (patient)");
        await page.WaitForFunctionAsync("() => window.meshPlayed >= 1");
        await page.ScreenshotAsync(new() { Path = Path.Combine(_folder.Path, "live-interpreter.png"), FullPage = true });

        await page.GetByRole(AriaRole.Button, new() { Name = "End visit" }).ClickAsync();
        await Expect(page.Locator("#live-draft")).ToContainTextAsync("Draft ready");

        ClinicPageSteps.KeepScreenshots(_folder.Path);
        Assert.True(_pageErrors.Count == 0, string.Join("\n", _pageErrors));
    }

    [Fact]
    public async Task DroppedConnection_IsRejoinedAndTheAudioResentWithoutGapsOrRepeats()
    {
        string[] heard = ["Good morning, what brings you here today?", "I have had a sore throat for three days.", "Schedule a follow-up in two weeks."];
        var page = await StartAsync([.. heard.Select(text => ("en", text))]);
        // Every hub socket goes through the test, which can cut it as a network failure would.
        var routes = new List<(IWebSocketRoute Page, IWebSocketRoute Server)>();
        await page.RouteWebSocketAsync(new Regex("/hubs/encounters"), route =>
        {
            lock (routes)
            {
                routes.Add((route, route.ConnectToServer()));
            }
        });

        await StartLiveVisitAsync(page, "scribe", "en");
        var transcript = page.Locator("#live-transcript");
        await Expect(transcript).ToContainTextAsync(heard[0], Spoken);
        var (client, server) = routes.Single();
        await server.CloseAsync(new() { Code = 1011, Reason = "Cut by the test" });
        await client.CloseAsync(new() { Code = 1011, Reason = "Cut by the test" });

        await Expect(page.Locator("#live-state")).ToContainTextAsync("Recording");
        foreach (var sentence in heard.Skip(1))
        {
            await Expect(transcript).ToContainTextAsync(sentence, Spoken);
        }

        await Expect(page.Locator("#live-commands li").First).ToContainTextAsync("Follow-up scheduled for");
        var stored = await StoredChunksAsync(await page.Locator("#live-reference").TextContentAsync() ?? "");
        Assert.True(stored.Count > 60, $"{stored.Count} chunks stored");
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored);
        var segmentIds = await transcript.Locator("li").EvaluateAllAsync<string[]>("items => items.map(item => item.dataset.segmentId)");
        Assert.Equal(segmentIds.Length, segmentIds.Distinct().Count());
        Assert.True(routes.Count >= 2, $"{routes.Count} hub sockets");
        await Expect(page.GetByRole(AriaRole.Alert)).ToBeEmptyAsync();
        // The SignalR client logs the cut itself as an error; anything else would be the page's.
        Assert.Single(_pageErrors, error => error.Contains("Cut by the test", StringComparison.Ordinal));
        Assert.True(_pageErrors.Count == 1, string.Join("\n", _pageErrors));
    }

    // Mesh with the fake speech service, Chromium whose microphone plays the sentences, and the page signed in with a patient.
    private async Task<IPage> StartAsync(IReadOnlyList<(string Voice, string Text)> sentences)
    {
        // The capture file loops; a second of silence after each sentence lets the voice detector close each utterance.
        var wav = await SpeechWav.WriteAsync(_folder.Path, sentences, TimeSpan.FromSeconds(1));
        _speech = await FakeSpeechServer.StartAsync([.. sentences.Select(s => s.Text)]);
        var settings = _speech.Settings();
        settings["Mesh:Live:DetailedErrors"] = "true";
        _server = new LocalMeshServer(Path.Combine(_folder.Path, "data"), settings);
        (_playwright, _browser) = await Chromium.LaunchAsync(Chromium.FakeMicrophone(wav));

        var page = await ClinicPageSteps.OpenAsync(_browser, _server.BaseAddress, _pageErrors, ["microphone"], CountPlayback);
        page.WebSocket += (_, socket) => _sockets.Add(socket.Url);
        await ClinicPageSteps.SignInAsync(page, "Dr. Gréta Szűcs");
        await ClinicPageSteps.CreatePatientAsync(page);
        return page;
    }

    private static Task<double> StoredSecondsAsync(IPage page) => page.EvaluateAsync<double>($"() => {StoredSecondsScript}");

    // The audio Mesh stored for the encounter, by chunk number: what reached the server, whatever the page showed.
    private async Task<IReadOnlyList<long>> StoredChunksAsync(string conversationId)
    {
        var audio = new EncounterAudioTable(_server!.Services.GetRequiredService<MeshDatabase>());
        return [.. (await audio.ListSequencesAsync(ConversationKeys.For("demo-clinic", conversationId))).Order()];
    }

    private static async Task StartLiveVisitAsync(IPage page, string mode, string patientLanguage)
    {
        var live = page.Locator("#live");
        await live.GetByLabel("Mode").SelectOptionAsync(mode);
        await live.GetByLabel("Doctor's language").SelectOptionAsync("en");
        await live.GetByLabel("Patient's language").SelectOptionAsync(patientLanguage);
        await live.GetByLabel("The patient agreed to this visit being recorded").CheckAsync();
        await live.GetByRole(AriaRole.Button, new() { Name = "Start live visit" }).ClickAsync();
        await Expect(page.Locator("#live-session")).ToBeVisibleAsync();
    }
}
