using System.Text.Json;
using System.Text.Json.Nodes;
using Mesh.Grains.AI;
using Mesh.Grains.AI.Offline;
using Mesh.Grains.AI.Privacy;
using Mesh.Grains.Conversations;
using Mesh.Grains.Live;
using Mesh.Grains.Patients;
using Mesh.Grains.Scribe;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mesh.Grains.Tests.AI.Privacy;

/// <summary>
/// What reaches an AI endpoint that is not trusted with patient data, read off the fake OpenAI server's recorded requests:
/// drafts, translations, voice commands and radiology all go out de-identified and come back re-identified.
/// </summary>
[Collection(FakeOpenAiCollection.Name)]
public sealed class UntrustedChatTests(FakeOpenAiServer server) : FakeOpenAiTest(server)
{
    private const string Visit =
        "Doctor: Good morning Mrs. Kiss, is your date of birth 03/14/1961?\n" +
        "Patient: Yes. My daughter Maria Lopez gave me metformin 500 mg on 02/03/2024\n" +
        "Patient: Call me at (555) 867-5309, my member ID is XK-99812345.";

    private static readonly string[] Planted = ["Kiss", "Anna", "Maria", "Lopez", "03/14/1961", "02/03/2024", "867-5309", "XK-99812345"];

    [Fact]
    public async Task Draft_UntrustedEndpoint_SeesNoIdentifierAndItsFactsStillGround()
    {
        Server.Responses.ChatContent = QuoteFromDaughterOnwards;

        var draft = await ComposeAsync(Chat(trusted: false));

        AssertNoRequestHolds(Planted);
        var medication = Assert.Single(draft.ClinicalDraft.Medications);
        var evidence = Assert.Single(medication.Evidence);
        Assert.Equal("daughter Maria Lopez gave me metformin 500 mg on 02/03/2024", evidence.Quote);
        var segment = draft.Transcript.Segments.Single(s => s.Id == evidence.SegmentId);
        Assert.Equal(evidence.Quote, segment.Text[evidence.Start..evidence.End]);
        Assert.DoesNotContain(draft.Warnings, w => w.StartsWith("Dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_UntrustedEndpoint_ToldAboutPlaceholdersAndSentTheMovedDates()
    {
        Server.Responses.ChatContent = QuoteFromDaughterOnwards;

        await ComposeAsync(Chat(trusted: false));

        var messages = Assert.Single(Server.Requests).Json!["messages"]!.AsArray();
        Assert.Contains("placeholders", messages[0]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var user = messages.Last()!["content"]!.GetValue<string>();
        Assert.Contains("Mrs. [NAME-", user, StringComparison.Ordinal);
        Assert.Contains("metformin 500 mg", user, StringComparison.Ordinal);
        Assert.Matches(@"date of birth \d\d/\d\d/\d{4}", user);
    }

    [Fact]
    public async Task Draft_TrustedEndpoint_GetsTheTextAsItIs()
    {
        Server.Responses.ChatContent = QuoteFromDaughterOnwards;

        var draft = await ComposeAsync(Chat(trusted: true));

        var body = Assert.Single(Server.Requests).Json!.ToJsonString();
        Assert.Contains("Maria Lopez", body, StringComparison.Ordinal);
        Assert.Contains("03/14/1961", body, StringComparison.Ordinal);
        Assert.Contains("XK-99812345", body, StringComparison.Ordinal);
        Assert.DoesNotContain("placeholders", body, StringComparison.Ordinal);
        Assert.Single(draft.ClinicalDraft.Medications);
    }

    [Fact]
    public async Task Translation_UntrustedEndpoint_CarriesPlaceholdersThroughAndMapsThemBack()
    {
        const string Text = "Mr. Novak, call 555-867-5309 before 12/01/2024 about member ID QZ-4471902.";
        Server.Responses.ChatContent = body => new JsonObject { ["translation"] = UserContent(body) }.ToJsonString();
        var translator = Services(trusted: false).GetRequiredService<ITranslator>();

        var translation = await translator.TranslateAsync(Text, "en", "hu", CancellationToken.None);

        Assert.Equal(Text, translation.Text);
        AssertNoRequestHolds("Novak", "867-5309", "12/01/2024", "QZ-4471902");
        Assert.Contains("[DATE-1]", UserContent(Assert.Single(Server.Requests).Json!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VoiceCommand_UntrustedEndpoint_NoteComesBackWithTheNameAndPhone()
    {
        Server.Responses.ToolCalls = body =>
        {
            var utterance = UserContent(body).Split("Utterance: ")[1];
            return [new FakeToolCall("add_note", new JsonObject { ["text"] = utterance["Add a note: ".Length..] }.ToJsonString())];
        };
        var detector = new ChatVoiceCommandDetector(Chat(trusted: false));

        var command = await detector.DetectAsync("Add a note: Mrs. Okafor prefers calls on 555-867-5309", "en", new DateOnly(2026, 3, 10), CancellationToken.None);

        Assert.Equal(new AddNoteCommand("Mrs. Okafor prefers calls on 555-867-5309"), command);
        AssertNoRequestHolds("Okafor", "867-5309");
    }

    [Fact]
    public async Task Radiology_UntrustedEndpoint_ImpressionsKeepTheirDateAndNumbers()
    {
        const string Dictation = "Compared with the study of 01/15/2023 for Mr. Novak, the 4 mm nodule is unchanged.";
        Server.Responses.ChatContent = body => new JsonObject { ["text"] = UserContent(body).Split("Dictation:\n")[1] }.ToJsonString();
        var editor = new ChatRadiologyEditor(Chat(trusted: false));

        var impressions = await editor.CleanImpressionsAsync(Dictation, "en", CancellationToken.None);

        Assert.Equal(Dictation, impressions);
        AssertNoRequestHolds("Novak", "01/15/2023");
    }

    // The fake model quotes the de-identified segment that mentions metformin from "daughter" on, with the offsets of the
    // text it was sent, as a model would.
    private static string QuoteFromDaughterOnwards(JsonNode body)
    {
        var user = UserContent(body);
        var segments = JsonNode.Parse(user[(user.IndexOf("Transcript segments as JSON:\n", StringComparison.Ordinal) + 29)..])!.AsArray();
        var segment = segments.First(s => s!["text"]!.GetValue<string>().Contains("metformin", StringComparison.Ordinal))!;
        var text = segment["text"]!.GetValue<string>();
        var start = text.IndexOf("daughter", StringComparison.Ordinal);
        var evidence = new JsonObject
        {
            ["segmentId"] = segment["id"]!.GetValue<string>(),
            ["start"] = start,
            ["end"] = text.Length,
            ["quote"] = text[start..],
        };
        return new JsonObject
        {
            ["chiefComplaint"] = null, ["symptoms"] = new JsonArray(), ["vitals"] = new JsonArray(),
            ["medications"] = new JsonArray(new JsonObject
            {
                ["name"] = "metformin", ["dose"] = "500 mg", ["route"] = null, ["frequency"] = null, ["status"] = "current",
                ["evidence"] = new JsonArray(evidence),
            }),
            ["allergies"] = new JsonArray(), ["diagnoses"] = new JsonArray(), ["plan"] = new JsonArray(), ["followUp"] = null,
            ["actionables"] = new JsonArray(),
        }.ToJsonString();
    }

    private static string UserContent(JsonNode body) =>
        body["messages"]!.AsArray().Last(m => m!["role"]!.GetValue<string>() == "user")!["content"]!.GetValue<string>();

    private void AssertNoRequestHolds(params string[] planted)
    {
        Assert.NotEmpty(Server.Requests);
        foreach (var request in Server.Requests)
        {
            // Compared unescaped: the SDK may escape characters of the body that a planted value contains.
            var body = JsonSerializer.Serialize(request.Json, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            foreach (var value in planted)
            {
                Assert.DoesNotContain(value, body, StringComparison.Ordinal);
            }
        }
    }

    private async Task<ComposedDraft> ComposeAsync(IChatClient chat)
    {
        var composer = new DraftComposer(new VisitTranscriber(new UnconfiguredSpeechToTextClient()), chat, NullLogger<DraftComposer>.Instance);
        var patient = new PatientContext("p1", "Anna Kiss", new DateOnly(1961, 3, 14), 65, PatientSex.Female, "en", [], [], [], []);
        return await composer.ComposeAsync(new DraftRequest("p1", "dr-1", new DateOnly(2026, 11, 20), "en", null, Visit), patient, CancellationToken.None);
    }

    private IChatClient Chat(bool trusted) => Services(trusted).Chat();

    private ServiceProvider Services(bool trusted)
    {
        var settings = FakeAi.Settings(Server, timeoutSeconds: 5, maxRetries: 0, capabilities: [AiCapabilities.Chat, AiCapabilities.Translation]);
        settings[$"{AiCapabilities.SectionOf(AiCapabilities.Chat)}:Trusted"] = trusted ? "true" : "false";
        settings[$"{AiCapabilities.SectionOf(AiCapabilities.Translation)}:Trusted"] = trusted ? "true" : "false";
        var services = Services(settings);
        return services;
    }
}
