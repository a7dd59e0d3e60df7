using Mesh.Grains.AI;
using Mesh.Grains.Encounters;

namespace Mesh.Grains.Live;

/// <summary>Who said an utterance, judged by its language when doctor and patient speak different ones.</summary>
public static class SpeakerRoles
{
    public const string Doctor = "doctor";
    public const string Patient = "patient";
    public const string Unknown = "unknown";

    /// <summary>The speaker and the language the utterance is in.</summary>
    public static (string Speaker, string Language) Judge(EncounterStart start, string text, string? reportedLanguage, ILanguageDetector detector)
    {
        if (start.Mode == EncounterMode.Radiology)
        {
            return (Doctor, start.DoctorLanguage);
        }

        var guess = detector.Detect(text);
        var language = guess.Language != LanguageGuess.UndeterminedCode ? guess.Language : Normalize(reportedLanguage) ?? start.DoctorLanguage;
        if (string.Equals(start.DoctorLanguage, start.PatientLanguage, StringComparison.OrdinalIgnoreCase))
        {
            // One shared language: the words alone cannot tell who spoke.
            return (Unknown, start.DoctorLanguage);
        }

        if (string.Equals(language, start.PatientLanguage, StringComparison.OrdinalIgnoreCase))
        {
            return (Patient, start.PatientLanguage);
        }

        return string.Equals(language, start.DoctorLanguage, StringComparison.OrdinalIgnoreCase)
            ? (Doctor, start.DoctorLanguage)
            : (Unknown, language);
    }

    /// <summary>The party who listens to <paramref name="speaker"/>.</summary>
    public static string ListenerOf(string speaker) => speaker == Patient ? Doctor : Patient;

    private static string? Normalize(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant() switch
        {
            "english" => "en",
            "hungarian" => "hu",
            var code when code.Length >= 2 => code[..2],
            _ => null,
        };
}
