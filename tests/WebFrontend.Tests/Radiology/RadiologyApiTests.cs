using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Radiology;

/// <summary>Radiology dictation over REST: a task id at once, then the section's new text when the task is done.</summary>
public sealed class RadiologyApiTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    [Fact]
    public async Task Dictated_findings_are_merged_as_a_new_sentence_with_spoken_punctuation_applied()
    {
        var client = CreateClient();
        var response = await client.SendAsync(Post("/api/v1/radiology/findings",
            Form(("text", "small effusion at the left base comma no pneumothorax"), ("currentText", "The heart size is normal."), ("language", "en")),
            DoctorToken()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", task.GetProperty("status").GetString());
        Assert.EndsWith("/api/v1/tasks/" + task.GetProperty("taskId").GetString(), response.Headers.Location!.ToString());

        var done = await PollAsync(client, task.GetProperty("taskId").GetString()!, DoctorToken());
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal("The heart size is normal. Small effusion at the left base, no pneumothorax.", done.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Dictated_impressions_are_cleaned_up_and_added_to_the_current_text()
    {
        var client = CreateClient();
        var response = await client.SendAsync(Post("/api/v1/radiology/impressions",
            Form(("text", "um no no acute acute findings period"), ("currentText", ""), ("language", "en")), DoctorToken()));
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();

        var done = await PollAsync(client, task.GetProperty("taskId").GetString()!, DoctorToken());
        Assert.Equal("No acute findings.", done.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Audio_without_a_speech_provider_fails_the_task_and_names_the_settings()
    {
        var client = CreateClient();
        var response = await client.SendAsync(Post("/api/v1/radiology/findings",
            Form([("language", "en"), ("currentText", "Normal.")], Grains.Audio.WavWriter.Pcm16(new short[1600], 16000, 1)), DoctorToken()));
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();

        var done = await PollAsync(client, task.GetProperty("taskId").GetString()!, DoctorToken());
        Assert.Equal("failed", done.GetProperty("status").GetString());
        Assert.Contains("Mesh:AI:SpeechToText", done.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("", "en", "text")]
    [InlineData("some text", "english please", "language")]
    [InlineData("bad \u0001 control", "en", "text")]
    public async Task Bad_fields_are_a_400_that_names_them(string text, string language, string field)
    {
        var response = await CreateClient().SendAsync(Post("/api/v1/radiology/findings",
            Form(("text", text), ("currentText", ""), ("language", language)), DoctorToken()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Json_instead_of_a_form_is_415_and_admins_may_not_dictate()
    {
        var client = CreateClient();
        var json = await client.SendAsync(PostJson("/api/v1/radiology/findings", new { text = "x" }, DoctorToken()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);

        var admin = await client.SendAsync(Post("/api/v1/radiology/findings", Form(("text", "x"), ("language", "en")), AdminToken()));
        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
    }

    [Fact]
    public async Task Another_clinics_task_and_an_unknown_task_are_404()
    {
        var client = CreateClient();
        var response = await client.SendAsync(Post("/api/v1/radiology/findings", Form(("text", "no fracture"), ("language", "en")), DoctorToken()));
        var taskId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("taskId").GetString()!;

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get($"/api/v1/tasks/{taskId}", DoctorToken("clinic-b")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get("/api/v1/tasks/no-such-task", DoctorToken()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Get("/api/v1/tasks/..%2F..%2Fetc", DoctorToken()))).StatusCode);
    }

    private static MultipartFormDataContent Form(IEnumerable<(string Name, string Value)> fields, byte[]? audio = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (audio is not null)
        {
            form.Add(new ByteArrayContent(audio), "audio", "dictation.wav");
        }

        return form;
    }

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields) => Form(fields, null);

    private static async Task<JsonElement> PollAsync(HttpClient client, string taskId, string token)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var response = await client.SendAsync(Get($"/api/v1/tasks/{taskId}", token));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var task = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (task.GetProperty("status").GetString() != "pending" || DateTime.UtcNow > deadline)
            {
                return task;
            }

            await Task.Delay(50);
        }
    }
}
