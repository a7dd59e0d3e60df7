using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Scribe;

/// <summary>Several files of one visit summarised to a template; a file that fails is reported and the rest still count.</summary>
public sealed class GenerateSummaryTests : WebTestBase
{
    private const string Template = """{"sections":["complaint","medications","followUp"],"tone":"clinical","language":"en","prescriptionFormat":"table"}""";

    [Fact]
    public async Task NotesAndFiles_GiveTemplatedSummaryAndPerFileErrors()
    {
        var scribe = new ScribeClient(CreateClient(), (roles, _) => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "dr-house", roles)));
        var patientId = await scribe.CreatePatientAsync();
        var form = new MultipartFormDataContent
        {
            { new StringContent(patientId), "patientId" },
            { new StringContent(Template), "template" },
            { new StringContent(ScribeClient.EnglishVisit), "notes" },
            { File("not audio at all"u8.ToArray()), "audio", "broken.mp3" },
            { File(Mesh.Grains.Audio.WavWriter.Pcm16(new short[1600], 16_000, 1)), "audio", "visit.wav" },
            { File([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), "images", "rash.png" },
        };

        var response = await scribe.SendAsync(HttpMethod.Post, "/api/v1/generate-summary", form, scribe.DoctorToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var summary = body.GetProperty("summary").GetString()!;
        Assert.Contains("| lisinopril |", summary);
        Assert.True(summary.IndexOf("Medications", StringComparison.Ordinal) < summary.IndexOf("Follow-up", StringComparison.Ordinal));
        var errors = body.GetProperty("filesProcessed").GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("file").GetString() == "broken.mp3");
        Assert.Contains(errors, e => e.GetProperty("file").GetString() == "visit.wav" && e.GetProperty("error").GetString()!.Contains("Mesh:AI:SpeechToText", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetProperty("file").GetString() == "rash.png" && e.GetProperty("error").GetString()!.Contains("not analysed", StringComparison.Ordinal));
        Assert.Equal(0, body.GetProperty("filesProcessed").GetProperty("images").GetInt32());
    }

    [Fact]
    public async Task BadTemplate_Is400NamingIt()
    {
        var scribe = new ScribeClient(CreateClient(), (roles, _) => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "dr-house", roles)));
        var form = new MultipartFormDataContent
        {
            { new StringContent("p1"), "patientId" },
            { new StringContent("{\"sections\":[],\"tone\":\"loud\"}"), "template" },
            { new StringContent("Doctor: hello"), "notes" },
        };

        var response = await scribe.SendAsync(HttpMethod.Post, "/api/v1/generate-summary", form, scribe.DoctorToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("template", out _));
    }

    private static ByteArrayContent File(byte[] data)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
