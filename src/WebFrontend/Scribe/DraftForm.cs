using System.Globalization;
using Mesh.Grains.Conversations;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Scribe;

/// <summary>The multipart form of POST /generate-draft, read and checked field by field.</summary>
public static class DraftForm
{
    private const int MaxTranscriptLength = 200_000;

    public static async Task<(DraftRequest? Request, Dictionary<string, string[]> Errors)> ReadAsync(IFormCollection form, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var patientId = form["patientId"].ToString();
        var doctorId = form["doctorId"].ToString();
        var language = form["language"].ToString();
        var fallback = form["fallbackTranscript"].ToString();
        if (!ClinicIds.IsValid(patientId))
        {
            errors["patientId"] = ["Required: the patient's id."];
        }

        if (!ClinicIds.IsValid(doctorId))
        {
            errors["doctorId"] = ["Required: the doctor's id."];
        }

        if (!DateOnly.TryParseExact(form["date"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors["date"] = ["Required: the visit date as YYYY-MM-DD."];
        }

        if (!LanguageTags.IsValid(language))
        {
            errors["language"] = ["Required: the patient's language, such as en or hu."];
        }

        if (fallback.Length > MaxTranscriptLength || fallback.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors["fallbackTranscript"] = [$"At most {MaxTranscriptLength} characters, no control characters other than line breaks and tabs."];
        }

        var audioFile = form.Files.GetFile("audio");
        if (audioFile is null && string.IsNullOrWhiteSpace(fallback))
        {
            errors["audio"] = ["Send the visit's audio, or fallbackTranscript."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var audio = await FormFiles.ReadAllBytesAsync(audioFile, ct).ConfigureAwait(false);

        return (new DraftRequest(patientId, doctorId, date, language, audio, string.IsNullOrWhiteSpace(fallback) ? null : fallback), errors);
    }
}
