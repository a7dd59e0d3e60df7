using System.Text.Json;
using Mesh.Grains.Conversations;
using Mesh.WebFrontend.Validation;

namespace Mesh.WebFrontend.Scribe;

/// <summary>The multipart form of POST /generate-summary: patientId, 1..N audio, 0..N images, notes, and a template as JSON.</summary>
public static class SummaryForm
{
    private static readonly string[] Tones = ["clinical", "plain"];
    private static readonly string[] PrescriptionFormats = ["list", "table"];

    public static async Task<(VisitSummaryRequest? Request, Dictionary<string, string[]> Errors)> ReadAsync(IFormCollection form, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var patientId = form["patientId"].ToString();
        if (!ClinicIds.IsValid(patientId))
        {
            errors["patientId"] = ["Required: the patient's id."];
        }

        var template = ReadTemplate(form["template"].ToString(), errors);
        var audio = form.Files.GetFiles("audio");
        var notes = form["notes"].Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
        if (audio.Count == 0 && notes.Count == 0)
        {
            errors["audio"] = ["Send at least one audio file (or typed notes)."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new VisitSummaryRequest(patientId, template!, await ReadAllAsync(audio, ct).ConfigureAwait(false),
            await ReadAllAsync(form.Files.GetFiles("images"), ct).ConfigureAwait(false), notes), errors);
    }

    private static SummaryTemplate? ReadTemplate(string json, Dictionary<string, string[]> errors)
    {
        try
        {
            var template = JsonSerializer.Deserialize<SummaryTemplate>(json, JsonSerializerOptions.Web);
            if (template is { Sections.Count: > 0 and <= 20 } && template.Sections.All(s => FreeText.IsValid(s, 64))
                && Tones.Contains(template.Tone) && LanguageTags.IsValid(template.Language) && PrescriptionFormats.Contains(template.PrescriptionFormat))
            {
                return template;
            }
        }
        catch (JsonException)
        {
            // Reported below with the expected shape.
        }

        errors["template"] = ["Required JSON: { \"sections\": [1-20 names], \"tone\": \"clinical\"|\"plain\", \"language\": \"en\", \"prescriptionFormat\": \"list\"|\"table\" }."];
        return null;
    }

    private static async Task<IReadOnlyList<VisitFile>> ReadAllAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var read = new List<VisitFile>();
        foreach (var file in files)
        {
            read.Add(new VisitFile(Path.GetFileName(file.FileName), (await FormFiles.ReadAllBytesAsync(file, ct).ConfigureAwait(false))!));
        }

        return read;
    }
}
