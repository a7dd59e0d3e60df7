using Mesh.Grains.Encounters;
using Mesh.WebFrontend.Validation;
using Microsoft.AspNetCore.SignalR;

namespace Mesh.WebFrontend.Live;

/// <summary>Checks a StartEncounter request and names every field that is wrong.</summary>
public static class StartEncounterValidator
{
    public static EncounterStart Validate(StartEncounterMessage? request, string userId, DateTimeOffset now)
    {
        if (request is null)
        {
            throw new HubException("StartEncounter needs { patientId, mode, doctorLanguage, patientLanguage, audioFormat, consent }.");
        }

        var errors = new List<string>();
        if (!ClinicIds.IsValid(request.PatientId))
        {
            errors.Add("patientId must be 1-64 letters, digits, '.', '_' or '-'.");
        }

        var mode = ParseEnum<EncounterMode>(request.Mode, "mode", "scribe, interpreter or radiology", errors);
        var format = request.AudioFormat is null ? EncounterAudioFormat.Pcm16 : ParseEnum<EncounterAudioFormat>(request.AudioFormat, "audioFormat", "pcm16 or webm", errors);
        if (!LanguageTags.IsValid(request.DoctorLanguage))
        {
            errors.Add("doctorLanguage must be a language tag such as en or hu.");
        }

        if (!LanguageTags.IsValid(request.PatientLanguage))
        {
            errors.Add("patientLanguage must be a language tag such as en or hu.");
        }

        var consentMethod = ConsentMethod.Verbal;
        if (request.Consent is not { } consent)
        {
            errors.Add("consent is required: { obtained, method: verbal|written }.");
        }
        else if (consent.Obtained)
        {
            consentMethod = ParseEnum<ConsentMethod>(consent.Method, "consent.method", "verbal or written", errors);
        }

        if (errors.Count > 0)
        {
            throw new HubException("Invalid StartEncounter request: " + string.Join(" ", errors));
        }

        return new EncounterStart(
            request.PatientId!, mode, LanguageTags.Primary(request.DoctorLanguage!), LanguageTags.Primary(request.PatientLanguage!), format,
            new EncounterConsent(request.Consent!.Obtained, consentMethod, userId, now), userId, DateOnly.FromDateTime(now.UtcDateTime));
    }

    private static T ParseEnum<T>(string? text, string field, string allowed, List<string> errors) where T : struct, Enum
    {
        if (text is not null && Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        errors.Add($"{field} must be {allowed}.");
        return default;
    }
}
