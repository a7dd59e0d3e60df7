using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Scribe;

/// <summary>Bad input to the scribe flow gets a clear 4xx and loses nothing already accepted.</summary>
public sealed class ScribeBadInputTests(SharedWebHost host) : WebTestBase(host), IClassFixture<SharedWebHost>
{
    private ScribeClient Client(IDictionary<string, string?>? settings = null) =>
        new(CreateClient(settings), (roles, name) => TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "dr-house", roles)));

    [Fact]
    public async Task AudioOverTheUploadLimit_Is413()
    {
        var scribe = Client(new Dictionary<string, string?> { ["Mesh:Limits:MaxUploadBytes"] = "4096" });
        var patientId = await scribe.CreatePatientAsync();

        var response = await scribe.GenerateDraftAsync(patientId, null, new byte[64 * 1024]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnreadableAudio_Is422WithReason()
    {
        var scribe = Client();
        var patientId = await scribe.CreatePatientAsync();

        var response = await scribe.GenerateDraftAsync(patientId, null, "definitely not audio, just text bytes"u8.ToArray());

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "not wav");
    }

    [Fact]
    public async Task EmptyAudio_Is422()
    {
        var scribe = Client();
        var patientId = await scribe.CreatePatientAsync();

        var response = await scribe.GenerateDraftAsync(patientId, null, []);

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "empty");
    }

    [Fact]
    public async Task TruncatedWav_Is422WithReason()
    {
        var scribe = Client();
        var patientId = await scribe.CreatePatientAsync();
        var wav = "RIFF\u0024\u0000\u0000\u0000WAVEfmt "u8.ToArray();

        var response = await scribe.GenerateDraftAsync(patientId, null, wav);

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "WAV");
    }

    [Fact]
    public async Task AudioWithoutSpeechProvider_Is422SayingWhatToConfigure()
    {
        var scribe = Client();
        var patientId = await scribe.CreatePatientAsync();
        var wav = Mesh.Grains.Audio.WavWriter.Pcm16(new short[1600], 16_000, 1);

        var response = await scribe.GenerateDraftAsync(patientId, null, wav);

        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Mesh:AI:SpeechToText");
    }

    [Fact]
    public async Task UnknownPatient_Is404()
    {
        var response = await Client().GenerateDraftAsync("nobody", ScribeClient.EnglishVisit);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MissingFields_Are400NamingThem()
    {
        var scribe = Client();
        var form = new MultipartFormDataContent { { new StringContent("x"), "unrelated" } };

        var response = await scribe.SendAsync(HttpMethod.Post, "/api/v1/generate-draft", form, scribe.DoctorToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "patientId", "doctorId", "date", "language", "audio" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
    }

    [Fact]
    public async Task JsonInsteadOfMultipart_Is415()
    {
        var scribe = Client();

        var response = await scribe.SendAsync(HttpMethod.Post, "/api/v1/generate-draft", JsonContent.Create(new { patientId = "x" }), scribe.DoctorToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task FinalizeByNurse_Is403AndWritesNoReport()
    {
        var scribe = Client();
        var patientId = await scribe.CreatePatientAsync();
        var draft = await scribe.DraftAsync(patientId);

        var response = await scribe.FinalizeAsync(draft, TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-a", "nurse-1", ["nurse"])));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var reports = await (await scribe.GetAsync($"/api/v1/patients/{patientId}/reports")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, reports.GetArrayLength());
    }

    [Fact]
    public async Task FinalizeOfUnknownOrHostileDraft_IsRefused()
    {
        var scribe = Client();
        var body = new { draftId = "../../etc\n", clinicalDraft = new { }, patientSummaryMd = "x", actionables = Array.Empty<object>() };

        var hostile = await scribe.SendAsync(HttpMethod.Post, "/api/v1/finalize-report", JsonContent.Create(body), scribe.DoctorToken);
        var unknown = await scribe.SendAsync(HttpMethod.Post, "/api/v1/finalize-report", JsonContent.Create(body with { draftId = "abc-1" }), scribe.DoctorToken);

        Assert.Equal(HttpStatusCode.BadRequest, hostile.StatusCode);
        Assert.True(unknown.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, unknown.StatusCode.ToString());
    }

    [Fact]
    public async Task OtherClinic_CannotReadOrFinalizeADraftOrReport()
    {
        var scribe = Client();
        var draft = await scribe.DraftAsync(await scribe.CreatePatientAsync());
        var other = TestTokens.Rs256(Keys.Rsa, TestTokens.Claims("clinic-b", "dr-b", ["doctor"]));

        var finalize = await scribe.FinalizeAsync(draft, other);
        var mine = await (await scribe.FinalizeAsync(draft)).Content.ReadFromJsonAsync<JsonElement>();
        var report = await scribe.GetAsync($"/api/v1/reports/{mine.GetProperty("reportId").GetString()}", other);
        var pdf = await scribe.GetAsync(mine.GetProperty("pdfUrl").GetString()!, other);

        Assert.Equal(HttpStatusCode.NotFound, finalize.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(detailPart, problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
