using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.TestSupport;
using Mesh.WebFrontend.Tests.Infrastructure;

namespace Mesh.WebFrontend.Tests.Scribe;

/// <summary>
/// From a typed visit to a signed PDF, through HTTP, once per database. Each test works on a patient of its own, so a
/// class's tests share one host (and one database).
/// </summary>
public abstract class ScribeFlowTests(LazySharedWebHost host) : IClassFixture<LazySharedWebHost>
{
    protected abstract Task<Dictionary<string, string?>> SettingsAsync();

    protected async Task<ScribeClient> ClientAsync()
    {
        var client = await host.CreateClientAsync(SettingsAsync);
        return new ScribeClient(client, (roles, name) =>
        {
            var claims = TestTokens.Claims("clinic-a", "dr-house", roles);
            if (name is not null)
            {
                claims["name"] = name;
            }

            return TestTokens.Rs256(host.Keys.Rsa, claims);
        });
    }

    private string DoctorToken(string tenant) => TestTokens.Rs256(host.Keys.Rsa, TestTokens.Claims(tenant, "dr-house", ["doctor"]));

    [Fact]
    public async Task TypedVisit_BecomesDraftThenSignedPdfWithNamesIntact()
    {
        var scribe = await ClientAsync();
        var patientId = await scribe.CreatePatientAsync();

        var draft = await scribe.DraftAsync(patientId);
        var medications = draft.GetProperty("clinicalDraft").GetProperty("medications");
        Assert.Contains(medications.EnumerateArray(), m => m.GetProperty("name").GetString() == "lisinopril");
        var segments = draft.GetProperty("transcript").GetProperty("segments");
        foreach (var evidence in medications[0].GetProperty("evidence").EnumerateArray())
        {
            var segment = segments.EnumerateArray().Single(s => s.GetProperty("id").GetString() == evidence.GetProperty("segmentId").GetString());
            var start = evidence.GetProperty("start").GetInt32();
            var end = evidence.GetProperty("end").GetInt32();
            Assert.Equal(segment.GetProperty("text").GetString()![start..end], evidence.GetProperty("quote").GetString());
        }

        var finalized = await scribe.FinalizeAsync(draft);
        Assert.Equal(HttpStatusCode.OK, finalized.StatusCode);
        var report = await finalized.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("version").GetInt32());

        var pdf = await scribe.GetAsync(report.GetProperty("pdfUrl").GetString()!);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Ödön Kovács", text);
        Assert.Contains("lisinopril", text);
        Assert.Contains("Dr. Gréta Szűcs", text);
    }

    [Fact]
    public async Task Draft_IsReadBackByIdInItsClinicOnly()
    {
        var scribe = await ClientAsync();
        var draft = await scribe.DraftAsync(await scribe.CreatePatientAsync());
        var draftId = draft.GetProperty("draftId").GetString()!;

        var read = await (await scribe.GetAsync($"/api/v1/drafts/{draftId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(draftId, read.GetProperty("draftId").GetString());
        Assert.Equal(draft.GetProperty("clinicalDraft").GetRawText(), read.GetProperty("clinicalDraft").GetRawText());
        Assert.Equal(draft.GetProperty("transcript").GetRawText(), read.GetProperty("transcript").GetRawText());

        await (await scribe.GetAsync($"/api/v1/drafts/{draftId}", DoctorToken("clinic-b"))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await scribe.GetAsync($"/api/v1/drafts/{draftId[..^1]}99")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await scribe.GetAsync("/api/v1/drafts/no-revision")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FinalizeTwice_ReturnsTheSameReport()
    {
        var scribe = await ClientAsync();
        var draft = await scribe.DraftAsync(await scribe.CreatePatientAsync());

        var first = await (await scribe.FinalizeAsync(draft)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await (await scribe.FinalizeAsync(draft)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(first.GetProperty("reportId").GetString(), second.GetProperty("reportId").GetString());
    }

    [Fact]
    public async Task ConcurrentFinalize_YieldsOneReport()
    {
        var scribe = await ClientAsync();
        var patientId = await scribe.CreatePatientAsync();
        var draft = await scribe.DraftAsync(patientId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => scribe.FinalizeAsync(draft)));

        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString()));
        Assert.Single(ids.Distinct());
        var list = await (await scribe.GetAsync($"/api/v1/patients/{patientId}/reports")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, list.GetArrayLength());
    }

    [Fact]
    public async Task Amend_AddsVersionTwoPointingToOneAndKeepsOne()
    {
        var scribe = await ClientAsync();
        var draft = await scribe.DraftAsync(await scribe.CreatePatientAsync());
        var reportId = (await (await scribe.FinalizeAsync(draft)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString();
        var amendBody = new
        {
            clinicalDraft = draft.GetProperty("clinicalDraft"),
            patientSummaryMd = "Corrected summary.",
            actionables = draft.GetProperty("actionables"),
            reason = "Follow-up date corrected",
        };

        var amended = await scribe.SendAsync(HttpMethod.Post, $"/api/v1/reports/{reportId}/amend", JsonContent.Create(amendBody), scribe.DoctorToken);

        Assert.Equal(2, (await amended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var latest = await (await scribe.GetAsync($"/api/v1/reports/{reportId}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, latest.GetProperty("previousVersion").GetInt32());
        var first = await (await scribe.GetAsync($"/api/v1/reports/{reportId}?version=1")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual("Corrected summary.", first.GetProperty("content").GetProperty("patientSummaryMd").GetString());
    }

    [Fact]
    public async Task DoctorEdits_AreRecordedAgainstTheAiDraft()
    {
        var scribe = await ClientAsync();
        var draft = await scribe.DraftAsync(await scribe.CreatePatientAsync());

        var finalized = await scribe.FinalizeAsync(draft, edit: note => new
        {
            chiefComplaint = note.GetProperty("chiefComplaint"),
            symptoms = note.GetProperty("symptoms"),
            vitals = note.GetProperty("vitals"),
            medications = Array.Empty<object>(),
            allergies = note.GetProperty("allergies"),
            diagnoses = note.GetProperty("diagnoses"),
            plan = note.GetProperty("plan"),
            followUp = note.GetProperty("followUp"),
            actionables = note.GetProperty("actionables"),
        });

        var reportId = (await finalized.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString();
        var report = await (await scribe.GetAsync($"/api/v1/reports/{reportId}")).Content.ReadFromJsonAsync<JsonElement>();
        var edits = report.GetProperty("content").GetProperty("edits");
        Assert.Contains(edits.EnumerateArray(), e => e.GetProperty("section").GetString() == "medications" && e.GetProperty("change").GetString() == "removed");
        Assert.Contains("lisinopril", report.GetProperty("content").GetProperty("aiDraft").GetRawText());
    }
}

public sealed class SqliteScribeFlowTests(LazySharedWebHost host) : ScribeFlowTests(host)
{
    protected override Task<Dictionary<string, string?>> SettingsAsync() => Task.FromResult(new Dictionary<string, string?>());
}

[Collection("postgres")]
public sealed class PostgresScribeFlowTests(LazySharedWebHost host, PostgresFixture postgres) : ScribeFlowTests(host)
{
    protected override async Task<Dictionary<string, string?>> SettingsAsync() => new()
    {
        ["Mesh:Storage:Provider"] = "PostgreSql",
        ["Mesh:Storage:ConnectionString"] = await postgres.CreateDatabaseAsync(),
    };
}
