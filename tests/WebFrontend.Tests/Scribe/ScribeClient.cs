using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Patients;

namespace Mesh.WebFrontend.Tests.Scribe;

/// <summary>Drives the scribe flow over HTTP as a clinic app would.</summary>
public sealed class ScribeClient(HttpClient http, Func<string[], string?, string> token)
{
    public const string EnglishVisit =
        "Doctor: What brings you in today?\n" +
        "Patient: I have had a cough for three days and no fever.\n" +
        "Doctor: Your blood pressure is 150/95. I will start lisinopril 10 mg once daily.\n" +
        "Patient: I am allergic to penicillin, it gives me a rash.\n" +
        "Doctor: Let's follow up in two weeks.";

    public HttpClient Http => http;

    public string DoctorToken => token(["doctor"], "Dr. Gréta Szűcs");

    public async Task<string> CreatePatientAsync()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/v1/patients", JsonContent.Create(PatientsApiTests.NewPatient("Ödön", "Kovács")), DoctorToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public Task<HttpResponseMessage> GenerateDraftAsync(string patientId, string? transcript, byte[]? audio = null, string? bearer = null)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(patientId), "patientId" },
            { new StringContent("dr-house"), "doctorId" },
            { new StringContent("2026-11-20"), "date" },
            { new StringContent("hu"), "language" },
        };
        if (transcript is not null)
        {
            form.Add(new StringContent(transcript), "fallbackTranscript");
        }

        if (audio is not null)
        {
            var file = new ByteArrayContent(audio);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "audio", "visit.bin");
        }

        return SendAsync(HttpMethod.Post, "/api/v1/generate-draft", form, bearer ?? DoctorToken);
    }

    public async Task<JsonElement> DraftAsync(string patientId, string transcript = EnglishVisit)
    {
        var response = await GenerateDraftAsync(patientId, transcript);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Finalizes the draft as generated (the doctor accepted it unchanged, unless <paramref name="edit"/> says otherwise).</summary>
    public Task<HttpResponseMessage> FinalizeAsync(JsonElement draft, string? bearer = null, Func<JsonElement, object>? edit = null)
    {
        var body = new
        {
            draftId = draft.GetProperty("draftId").GetString(),
            clinicalDraft = edit is null ? (object)draft.GetProperty("clinicalDraft") : edit(draft.GetProperty("clinicalDraft")),
            patientSummaryMd = draft.GetProperty("patientSummaryMd").GetString(),
            actionables = draft.GetProperty("actionables"),
        };
        return SendAsync(HttpMethod.Post, "/api/v1/finalize-report", JsonContent.Create(body), bearer ?? DoctorToken);
    }

    public Task<HttpResponseMessage> GetAsync(string url, string? bearer = null) => SendAsync(HttpMethod.Get, url, null, bearer ?? DoctorToken);

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content, string bearer)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http.SendAsync(request);
    }
}
