using Mesh.Grains.Radiology;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Radiology;

/// <summary>The multipart form of POST /radiology/findings and /impressions, read and checked field by field.</summary>
public static class DictationForm
{
    private const int MaxTextLength = 50_000;

    public static async Task<(DictationTaskRequest? Request, Dictionary<string, string[]> Errors)> ReadAsync(
        IFormCollection form, string section, string userId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var text = form["text"].ToString();
        var current = form["currentText"].ToString();
        var language = form["language"].ToString();
        var audioFile = form.Files.GetFile("audio");
        if (audioFile is null && string.IsNullOrWhiteSpace(text))
        {
            errors["text"] = ["Send the dictation as text, or its recording as audio."];
        }

        if (audioFile is not null && !string.IsNullOrWhiteSpace(text))
        {
            errors["audio"] = ["Send either text or audio, not both."];
        }

        CheckText(errors, "text", text);
        CheckText(errors, "currentText", current);
        if (!LanguageTags.IsValid(language))
        {
            errors["language"] = ["Required: the dictation's language, such as en or hu."];
        }

        if (audioFile is { Length: 0 })
        {
            errors["audio"] = ["The audio file is empty."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var audio = await FormFiles.ReadAllBytesAsync(audioFile, ct).ConfigureAwait(false);

        return (new DictationTaskRequest(section, string.IsNullOrWhiteSpace(text) ? null : text, audio, current, LanguageTags.Primary(language), userId), errors);
    }

    private static void CheckText(Dictionary<string, string[]> errors, string field, string value)
    {
        if (value.Length > MaxTextLength || value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors[field] = [$"At most {MaxTextLength} characters, no control characters other than line breaks and tabs."];
        }
    }
}
