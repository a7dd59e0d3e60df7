using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mesh.WebFrontend.Chat;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Patients;
using Microsoft.AspNetCore.SignalR.Client;

namespace Mesh.WebFrontend.Tests.Agents;

/// <summary>The chat API and hub over a real host: answers with specialist and citations, streams, scopes, bad input, audit.</summary>
public sealed class ChatApiTests : WebTestBase
{
    [Fact]
    public async Task Ask_AnswersWithSpecialistAndCitations_KeepsHistory_AndAuditsEachToolCall()
    {
        var client = CreateClient();
        var patient = await CreatePatientAsync(client);
        var chat = await OpenChatAsync(client, DoctorToken());

        var response = await client.SendAsync(PostJson($"/api/v1/chats/{chat}/messages", new { message = $"What allergies does patient {patient} have?" }, DoctorToken()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("clinical_specialist", turn.GetProperty("specialist").GetString());
        Assert.Equal("Clinical specialist", turn.GetProperty("specialistName").GetString());
        Assert.Contains("penicillin (rash)", turn.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(turn.GetProperty("citations").EnumerateArray(), c => c.GetProperty("resourceType").GetString() == "allergy" && c.GetProperty("id").GetString() == $"{patient}/1");

        var history = await (await client.SendAsync(Get($"/api/v1/chats/{chat}/messages", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["user", "assistant"], history.EnumerateArray().Select(e => e.GetProperty("role").GetString()));

        var audit = await (await client.SendAsync(Get($"/api/v1/audit?resourceId={patient}", AdminToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), r => r.GetProperty("action").GetString() == "read:get_allergies" && r.GetProperty("userId").GetString() == "dr-house");
        var asked = await (await client.SendAsync(Get($"/api/v1/audit?resourceId={chat}", AdminToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(asked.GetProperty("items").EnumerateArray(), r => r.GetProperty("action").GetString() == ChatAudit.Ask);

        // Billing may chat, but an allergy is clinical: attaching one is refused before any specialist sees it.
        var billing = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "biller-1", ["billing"]));
        var billingChat = await OpenChatAsync(client, billing);
        var refused = await client.SendAsync(PostJson($"/api/v1/chats/{billingChat}/messages",
            new { message = "Is this allergy documented?", contexts = new[] { new { type = "ALLERGY", id = $"{patient}/1" } } }, billing));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task OtherUsersAndOtherClinics_SeeNoChatAndNoPatient()
    {
        var client = CreateClient();
        var patient = await CreatePatientAsync(client);
        var chat = await OpenChatAsync(client, DoctorToken());
        var otherClinic = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-b", "dr-b", ["doctor"]));
        var otherUser = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "nurse-1", ["nurse"]));

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get($"/api/v1/chats/{chat}/messages", otherClinic))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get($"/api/v1/chats/{chat}/messages", otherUser))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(PostJson($"/api/v1/chats/{chat}/messages", new { message = "hi" }, otherClinic))).StatusCode);

        var ownChatInB = await OpenChatAsync(client, otherClinic);
        var context = await client.SendAsync(PostJson($"/api/v1/chats/{ownChatInB}/messages",
            new { message = "What allergies?", contexts = new[] { new { type = "PATIENT", id = patient } } }, otherClinic));
        Assert.Equal(HttpStatusCode.NotFound, context.StatusCode);
        Assert.Equal("application/problem+json", context.Content.Headers.ContentType?.MediaType);

        var asked = await client.SendAsync(PostJson($"/api/v1/chats/{ownChatInB}/messages", new { message = $"What allergies does patient {patient} have?" }, otherClinic));
        var text = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString();
        Assert.Contains($"No patient {patient} in this clinic", text, StringComparison.Ordinal);
        Assert.DoesNotContain("penicillin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadMessage_Is400AndKeepsNothing()
    {
        string[] bodies =
        [
            """{"message":""}""",
            """{"message":"hi","contexts":[{"type":"WALLET","id":"x"}]}""",
            """{"message":"hi","contexts":[{"type":"PATIENT","id":"../../clinic-b/p1"}]}""",
            """{"message":"hi","contexts":[{"type":"ALLERGY","id":"p1"}]}""",
            """{"message":"hi","file":{"name":"a.x12","content":"not base64!"}}""",
            """{"message":"hi","tenant":"clinic-b"}""",
            """{"message":"a\u0000b"}""",
            "{ not json",
        ];
        var client = CreateClient();
        var chat = await OpenChatAsync(client, DoctorToken());

        foreach (var body in bodies)
        {
            var response = await client.SendAsync(Post($"/api/v1/chats/{chat}/messages", new StringContent(body, Encoding.UTF8, "application/json"), DoctorToken()));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {response.StatusCode}");
        }

        var history = await (await client.SendAsync(Get($"/api/v1/chats/{chat}/messages", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, history.GetArrayLength());
    }

    [Fact]
    public async Task OversizedBody_UnknownChat_AndNoToken_AreRefused()
    {
        var client = CreateClient();
        var chat = await OpenChatAsync(client, DoctorToken());
        var huge = new { message = "hi", file = new { name = "big.pdf", content = Convert.ToBase64String(new byte[2 * 1024 * 1024]) } };

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.SendAsync(PostJson($"/api/v1/chats/{chat}/messages", huge, DoctorToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(PostJson("/api/v1/chats/nosuchchat/messages", new { message = "hi" }, DoctorToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get("/api/v1/chats/..%2Fx/messages", DoctorToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(PostJson($"/api/v1/chats/{chat}/messages", new { message = "hi" }))).StatusCode);
    }

    [Fact]
    public async Task EventStream_SendsSpecialistTokensCitationsThenDone()
    {
        var client = CreateClient();
        var patient = await CreatePatientAsync(client);
        var chat = await OpenChatAsync(client, DoctorToken());
        var request = PostJson($"/api/v1/chats/{chat}/messages", new { message = $"What medications does patient {patient} take?" }, DoctorToken());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));

        var response = await client.SendAsync(request);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = (await response.Content.ReadAsStringAsync()).Split('\n').Where(l => l.StartsWith("event: ", StringComparison.Ordinal)).Select(l => l[7..]).ToList();
        Assert.Equal("specialist", events[0]);
        Assert.Contains("token", events);
        Assert.Equal(["citations", "done"], events[^2..]);
    }

    [Fact]
    public async Task Hub_StreamsTheAnswer_AndNotesAreForAdminsToSet()
    {
        var factory = CreateFactory();
        var client = factory.CreateClient();
        var patient = await CreatePatientAsync(client);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(client.BaseAddress!, ChatExtensions.HubPath), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                options.AccessTokenProvider = () => Task.FromResult<string?>(DoctorToken());
            })
            .Build();
        await hub.StartAsync();

        var chat = await hub.InvokeAsync<string>("OpenChat");
        var events = new List<ChatStreamEvent>();
        await foreach (var item in hub.StreamAsync<ChatStreamEvent>("Ask", chat, new ChatMessageRequest($"What allergies does patient {patient} have?", null, null)))
        {
            events.Add(item);
        }

        Assert.Equal("Clinical specialist", events[0].Text);
        Assert.Contains("penicillin", string.Concat(events.Where(e => e.Type == "token").Select(e => e.Text)), StringComparison.Ordinal);
        Assert.Contains(events[^1].Turn!.Citations, c => c.ResourceType == "allergy");

        var notes = new { notes = new[] { "Prior authorization for MRI goes to Acme by fax." } };
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Put("/api/v1/chats/notes", notes, DoctorToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Put("/api/v1/chats/notes", notes, AdminToken()))).StatusCode);
        var read = await (await client.SendAsync(Get("/api/v1/chats/notes", DoctorToken()))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Prior authorization for MRI goes to Acme by fax.", read.GetProperty("notes")[0].GetString());
        var otherClinic = await (await client.SendAsync(Get("/api/v1/chats/notes", TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-b", "dr-b", ["doctor"]))))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, otherClinic.GetProperty("notes").GetArrayLength());
    }

    private static HttpRequestMessage Put(string url, object body, string token) => new(HttpMethod.Put, url)
    {
        Content = JsonContent.Create(body),
        Headers = { Authorization = new("Bearer", token) },
    };

    private async Task<string> CreatePatientAsync(HttpClient client)
    {
        var created = await client.SendAsync(PostJson("/api/v1/patients", PatientsApiTests.NewPatient(), DoctorToken()));
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string> OpenChatAsync(HttpClient client, string token)
    {
        var opened = await client.SendAsync(PostJson("/api/v1/chats", new { }, token));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
